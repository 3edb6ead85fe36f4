/** Labels of input names shared by several checks (en). A check's own inputs are labelled in its file. */
export const labels: Readonly<Record<string, string>> = {
  sales: 'annual sales',
  purchases: 'annual purchases',
  dayBasis: 'days in a year',
};
