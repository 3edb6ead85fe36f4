import re,sys
for p in sys.argv[1:]:
    s=open(p).read()
    lines=s.split('\n')
    out=[];i=0;n=0;skipped=[]
    while i<len(lines):
        L=lines[i]
        m=re.match(r'^(\s*)/\*\*(.*)$',L)
        if m:
            # collect jsdoc
            j=i; buf=[]
            while True:
                t=lines[j]
                buf.append(t)
                if '*/' in t: break
                j+=1
            nxt=lines[j+1] if j+1<len(lines) else ''
            indent=m.group(1)
            pm=re.match(r'^(\s*)([\w\'-]+)(: (.*))?,$',nxt)
            if pm and pm.group(1)==indent and (pm.group(4) is None or pm.group(4).count('(')==pm.group(4).count(')')) and indent!='' :
                text=' '.join(re.sub(r'^\s*(/\*\*|\*/|\*)\s?','',x).replace('*/','').strip() for x in buf).strip()
                text=re.sub(r'\s+',' ',text)
                key=pm.group(2); expr=pm.group(4) or key
                q=text.replace('\\','\\\\').replace("'","\\'")
                out.append(f"{indent}{key}: {expr}.meta(doc('{q}')),")
                n+=1
                i=j+2; continue
            elif pm is None and indent!='':
                skipped.append(nxt.strip()[:60])
        out.append(L); i+=1
    open(p,'w').write('\n'.join(out))
    print(p,n,'converted; skipped:',skipped)
