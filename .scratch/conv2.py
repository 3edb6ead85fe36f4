import re,sys
for p in sys.argv[1:]:
    lines=open(p).read().split('\n'); out=[]; i=0; n=0
    while i<len(lines):
        L=lines[i]
        m=re.match(r'^(\s+)/\*\*(.*)\*/\s*$',L)
        if m and i+1<len(lines) and re.match(r'^'+m.group(1)+r'[\w\'-]+: z$',lines[i+1]):
            indent=m.group(1); text=m.group(2).strip().replace('\\','\\\\').replace("'","\\'")
            j=i+1
            while lines[j]!=indent+'  .optional(),' and lines[j]!=indent+'  .prefault({}),': j+=1
            out.extend(lines[i+1:j])
            out.append(lines[j][:-1]); out.append(indent+f"  .meta(doc('{text}')),")
            n+=1; i=j+1; continue
        out.append(L); i+=1
    open(p,'w').write('\n'.join(out)); print(p,n)
