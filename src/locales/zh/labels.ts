/** 多个检验共用的输入项名称（中文）。各检验自己的输入项在其文件中命名。 */
export const labels: Readonly<Record<string, string>> = {
  sales: '年销售额',
  purchases: '年进货额',
  dayBasis: '全年天数',
};
