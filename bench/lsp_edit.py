# Times `relingo lsp` from an edit to its diagnostics, over 1,000 edits of a 500-message
# locale file, and samples the server's memory. Usage: lsp_edit.py PROJECT RELINGO (see lsp.sh).
import json, subprocess, sys, time
root=sys.argv[1]; path=root+"/locales/fr/big.ftl"; uri="file://"+path
p = subprocess.Popen([sys.argv[2], "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
def send(o):
    b=json.dumps(o).encode(); p.stdin.write(b"Content-Length: %d\r\n\r\n" % len(b) + b); p.stdin.flush()
def read():
    h={}
    while True:
        l=p.stdout.readline()
        if l in (b"\r\n",b""): break
        k,v=l.decode().split(":",1); h[k.strip().lower()]=v.strip()
    return json.loads(p.stdout.read(int(h["content-length"])))
send({"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}); read()
text=open(path).read()
send({"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":uri,"languageId":"fluent","version":1,"text":text}}})
while read().get("method")!="textDocument/publishDiagnostics": pass
times=[]
import resource
for v in range(2, 1002):
    text=text.replace("# @todo\n","",1) if v%2 else text+"\n"
    t=time.time()
    send({"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":uri,"version":v},"contentChanges":[{"text":text}]}})
    while True:
        m=read()
        if m.get("method")=="textDocument/publishDiagnostics": break
    times.append(time.time()-t)
    if v in (2, 101, 1001):
        rss=int(open(f"/proc/{p.pid}/status").read().split("VmRSS:")[1].split()[0])
        print("edit",v-1,"rss KiB",rss)
times.sort()
print("edit→diagnostics ms: median %.1f p90 %.1f max %.1f" % (times[len(times)//2]*1000, times[int(len(times)*0.9)]*1000, times[-1]*1000))
p.stdin.close(); p.wait()
