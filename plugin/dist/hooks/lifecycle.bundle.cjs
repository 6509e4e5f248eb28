"use strict";var ko=Object.create;var Ft=Object.defineProperty;var xo=Object.getOwnPropertyDescriptor;var Ao=Object.getOwnPropertyNames;var Ro=Object.getPrototypeOf,Oo=Object.prototype.hasOwnProperty;var S=(e,t)=>()=>{try{return t||e((t={exports:{}}).exports,t),t.exports}catch(n){throw t=0,n}};var Lo=(e,t,n,r)=>{if(t&&typeof t=="object"||typeof t=="function")for(let o of Ao(t))!Oo.call(e,o)&&o!==n&&Ft(e,o,{get:()=>t[o],enumerable:!(r=xo(t,o))||r.enumerable});return e};var Io=(e,t,n)=>(n=e!=null?ko(Ro(e)):{},Lo(t||!e||!e.__esModule?Ft(n,"default",{value:e,enumerable:!0}):n,e));var ie=S(ve=>{"use strict";ve.getBooleanOption=(e,t)=>{let n=!1;if(t in e&&typeof(n=e[t])!="boolean")throw new TypeError(`Expected the "${t}" option to be a boolean`);return n};ve.cppdb=Symbol();ve.inspect=Symbol.for("nodejs.util.inspect.custom")});var kt=S((vc,ur)=>{"use strict";var $e=class e extends Error{constructor(t,n){if(typeof n!="string")throw new TypeError("Expected second argument to be a string");super(""+t),this.code=n,typeof Error.captureStackTrace=="function"&&Error.captureStackTrace(this,e)}};Object.defineProperty($e.prototype,"name",{value:"SqliteError",writable:!0,enumerable:!1,configurable:!0});ur.exports=$e});var lr=S(W=>{"use strict";var{cppdb:C}=ie();W.prepare=function(t){return this[C].prepare(t,this,!1,!1)};W.exec=function(t){return this[C].exec(t),this};W.close=function(){return this[C].close(),this};W.loadExtension=function(...t){return this[C].loadExtension(...t),this};W.defaultSafeIntegers=function(...t){return this[C].defaultSafeIntegers(...t),this};W.unsafeMode=function(...t){return this[C].unsafeMode(...t),this};W.getters={name:{get:function(){return this[C].name},enumerable:!0},open:{get:function(){return this[C].open},enumerable:!0},inTransaction:{get:function(){return this[C].inTransaction},enumerable:!0},readonly:{get:function(){return this[C].readonly},enumerable:!0},memory:{get:function(){return this[C].memory},enumerable:!0}}});var fr=S((Mc,Er)=>{"use strict";var{cppdb:Si}=ie(),pr=new WeakMap;Er.exports=function(t){if(typeof t!="function")throw new TypeError("Expected first argument to be a function");let n=this[Si],r=yi(n,this),{apply:o}=Function.prototype,s={default:{value:Me(o,t,n,r.default)},deferred:{value:Me(o,t,n,r.deferred)},immediate:{value:Me(o,t,n,r.immediate)},exclusive:{value:Me(o,t,n,r.exclusive)},database:{value:this,enumerable:!0}};return Object.defineProperties(s.default.value,s),Object.defineProperties(s.deferred.value,s),Object.defineProperties(s.immediate.value,s),Object.defineProperties(s.exclusive.value,s),s.default.value};var yi=(e,t)=>{let n=pr.get(e);if(!n){let r={commit:e.prepare("COMMIT",t,!1,!1),rollback:e.prepare("ROLLBACK",t,!1,!1),savepoint:e.prepare("SAVEPOINT `	_bs3.	`",t,!1,!1),release:e.prepare("RELEASE `	_bs3.	`",t,!1,!1),rollbackTo:e.prepare("ROLLBACK TO `	_bs3.	`",t,!1,!1)};pr.set(e,n={default:Object.assign({begin:e.prepare("BEGIN",t,!1,!1)},r),deferred:Object.assign({begin:e.prepare("BEGIN DEFERRED",t,!1,!1)},r),immediate:Object.assign({begin:e.prepare("BEGIN IMMEDIATE",t,!1,!1)},r),exclusive:Object.assign({begin:e.prepare("BEGIN EXCLUSIVE",t,!1,!1)},r)})}return n},Me=(e,t,n,{begin:r,commit:o,rollback:s,savepoint:i,release:a,rollbackTo:c})=>function(){let E,d,h;n.inTransaction?(E=i,d=a,h=c):(E=r,d=o,h=s),E.run();try{let l=e.call(t,this,arguments);if(l&&typeof l.then=="function")throw new TypeError("Transaction function cannot return a promise");return d.run(),l}catch(l){throw n.inTransaction&&(h.run(),h!==s&&d.run()),l}}});var gr=S((Uc,mr)=>{"use strict";var{getBooleanOption:ki,cppdb:xi}=ie();mr.exports=function(t,n){if(n==null&&(n={}),typeof t!="string")throw new TypeError("Expected first argument to be a string");if(typeof n!="object")throw new TypeError("Expected second argument to be an options object");let r=ki(n,"simple"),o=this[xi].prepare(`PRAGMA ${t}`,this,!0,!1);return r?o.pluck().get():o.all()}});var hr=S((Pc,_r)=>{"use strict";var{cppdb:Ai}=ie();_r.exports=function(t){if(typeof t!="string")throw new TypeError("Expected first argument to be a string");return this[Ai].prepare(`EXPLAIN ${t}`,this,!1,!0).all()}});var br=S((Hc,Tr)=>{Tr.exports=function(){throw new Error("not available in a bgtelemetry hook")}});var Sr=S((Gc,Nr)=>{Nr.exports=function(){throw new Error("not available in a bgtelemetry hook")}});var kr=S((jc,yr)=>{yr.exports=function(){throw new Error("not available in a bgtelemetry hook")}});var Ar=S((Fc,xr)=>{xr.exports=function(){throw new Error("not available in a bgtelemetry hook")}});var Or=S((Bc,Rr)=>{Rr.exports=function(){throw new Error("not available in a bgtelemetry hook")}});var Ir=S((Wc,Lr)=>{Lr.exports=function(){throw new Error("not available in a bgtelemetry hook")}});var Cr=S((Xc,wr)=>{"use strict";var Ri=require("fs"),Oi=require("path"),Ue=ie(),Li=kt();wr.exports=function(t,n){function r(s,i){if(new.target==null)return new r(s,i);let a,c;if(Buffer.isBuffer(s))a=s,s=":memory:";else if(typeof s=="number"){if(!Number.isInteger(s)||s<0||s>2147483647)throw new TypeError("Expected the file descriptor to be a non-negative 32-bit integer");c=s,s=`fd:${c}`}if(s==null&&(s=""),i==null&&(i={}),typeof s!="string")throw new TypeError("Expected first argument to be a string");if(typeof i!="object")throw new TypeError("Expected second argument to be an options object");if("readOnly"in i)throw new TypeError('Misspelled option "readOnly" should be "readonly"');if("memory"in i)throw new TypeError('Option "memory" was removed in v7.0.0 (use ":memory:" filename instead)');let u=s.trim(),E=u===""||u===":memory:",d=Ue.getBooleanOption(i,"readonly"),h=Ue.getBooleanOption(i,"fileMustExist"),l="timeout"in i?i.timeout:5e3,U="verbose"in i?i.verbose:null,P="nativeBinding"in i?i.nativeBinding:null,K="journalFd"in i?i.journalFd:void 0;if(d&&E&&!a)throw new TypeError("In-memory/temporary databases cannot be readonly");if(!Number.isInteger(l)||l<0)throw new TypeError('Expected the "timeout" option to be a positive integer');if(l>2147483647)throw new RangeError('Option "timeout" cannot be greater than 2147483647');if(U!=null&&typeof U!="function")throw new TypeError('Expected the "verbose" option to be a function');if(c!==void 0&&K===void 0)throw new TypeError('The "journalFd" option is required when opening a database from a file descriptor');if(c===void 0&&K!==void 0)throw new TypeError('The "journalFd" option can only be used when opening a database from a file descriptor');if(K!==void 0&&!(Number.isInteger(K)&&K>=0&&K<=2147483647))throw new TypeError('Expected the "journalFd" option to be a non-negative 32-bit integer');if(!n&&"nativeBinding"in i)throw new TypeError('The "nativeBinding" option is only supported by the default better-sqlite3 entrypoint');if(n&&P!=null&&typeof P!="string"&&typeof P!="object")throw new TypeError('Expected the "nativeBinding" option to be a string or addon object');let _e=t(P);if(_e.isInitialized||(_e.initialize(Li,Ii,wi,Ci,Di),_e.isInitialized=!0),c===void 0&&!E&&!u.startsWith("file:")&&!Ri.existsSync(Oi.dirname(u)))throw new TypeError("Cannot open database because the directory does not exist");Object.defineProperties(this,{[Ue.cppdb]:{value:new _e.Database(u,s,E,d,h,l,U||null,a||null,c??null,K??null)},...o.getters})}let o=lr();return r.prototype.prepare=o.prepare,r.prototype.transaction=fr(),r.prototype.pragma=gr(),r.prototype.explain=hr(),r.prototype.backup=br(),r.prototype.serialize=Sr(),r.prototype.function=kr(),r.prototype.aggregate=Ar(),r.prototype.table=Or(),r.prototype.loadExtension=o.loadExtension,r.prototype.exec=o.exec,r.prototype.close=o.close,r.prototype.defaultSafeIntegers=o.defaultSafeIntegers,r.prototype.unsafeMode=o.unsafeMode,r.prototype[Ue.inspect]=Ir(),r};function Ii(...e){return e}function wi(e,...t){let n=e.length;for(let r=0;r<t.length;++r)e[n+r]=t[r]}function Ci(...e){if(!e.includes("__proto__")){let t=e.map((r,o)=>`v${o}`).join(","),n=e.map((r,o)=>`${JSON.stringify(r)}:v${o}`).join(",");return Function(`return (${t}) => ({${n}})`)()}return(...t)=>{let n={};for(let r=0;r<e.length;++r)n[e[r]]=t[r];return n}}function Di(e){return{value:e,done:!1}}});var vr=S((At,Dr)=>{"use strict";var Ge=require("fs"),He=require("path"),vi=["linux","darwin","win32"],$i=["x64","arm64"],Pe;function Mi(e){if(typeof e=="string")return(typeof __non_webpack_require__=="function"?__non_webpack_require__:require)(He.resolve(e).replace(/(\.node)?$/,".node"));if(typeof e=="object"&&e!==null)return e;if(Pe)return Pe;let t=He.join(__dirname,"..","build","Debug","better_sqlite3.node");return Ge.existsSync(t)||(t=He.join(__dirname,"..","build","Release","better_sqlite3.node")),Ge.existsSync(t)?Pe=require(t):Pe=require(xt()||t)}function xt(){if(vi.includes(process.platform)&&$i.includes(process.arch)){let e=`${Ui()?"linuxmusl":process.platform}-${process.arch}`,t=He.join(__dirname,"..","prebuilds",`${e}.node`);if(Ge.existsSync(t))return t}return null}function Ui(){if(process.platform!=="linux")return!1;try{let n=Ge.readFileSync("/proc/self/maps","latin1");if(/\/ld-musl-[^/\s]*\.so/.test(n))return!0;if(/\/(?:ld-linux[^/\s]*|libc)\.so\.\d/.test(n))return!1}catch{}let{report:e}=process,t=e.excludeNetwork;e.excludeNetwork=!0;try{return!e.getReport().header.glibcVersionRuntime}finally{e.excludeNetwork=t}}At.getBinding=Mi;At.getPrebuildPath=xt;require.main===Dr&&process.stdout.write(xt()?"1":"0")});var $r=S((qc,Rt)=>{"use strict";Rt.exports=Cr()(vr().getBinding,!0);Rt.exports.SqliteError=kt()});var wo=/\u001B(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001B]*(?:\u0007|\u001B\\)?)/g,Co=/(?![\t\n])[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/gu;function Bt(e){return e.replace(wo,"").replace(Co,"")}var Do=[{kind:"passphrase",program:"ssh-keygen",option:"-[NP]"},{kind:"password",program:"openssl",option:"-k"},{kind:"password",program:"openssl",sub:"passwd",last:!0,takesValue:"-salt|-in"},{kind:"password",program:"mkpasswd",last:!0,takesValue:"-[mSR]|--method|--salt|--rounds"},{kind:"password",program:"htpasswd",sub:"-[a-zA-Z]*b[a-zA-Z]*",last:!0},{kind:"secret",program:"mc",sub:"(?:alias set|config host add)",positional:4},{kind:"password",program:"rabbitmqctl",sub:"(?:add_user|change_password|authenticate_user)",positional:2},{kind:"password",program:"net",sub:"user",positional:2},{kind:"password",program:"net",sub:String.raw`use(?: [A-Za-z]:)? \\\\\S+`,positional:1},{kind:"password",program:"redis-cli",sub:"auth",last:!0},{kind:"password",program:"rdesktop",option:"-p"},{kind:"secret",program:"netlify",sub:"env:set",positional:2},{kind:"password",program:"mysqladmin",sub:"password",positional:1},{kind:"token",program:"vault",sub:"login",positional:1},{kind:"token",program:"(?:npm|pnpm|yarn)",sub:String.raw`config set [^\s=]*(?:auth|token|password)[^\s=]*`,positional:1},{kind:"password",program:"poetry",sub:String.raw`config http-basic\.[\w.-]+`,positional:2},{kind:"token",program:"poetry",sub:String.raw`config pypi-token\.[\w.-]+`,positional:1},{kind:"password",program:"composer",sub:String.raw`config(?: --?[\w-]+)* http-basic\.[\w.-]+`,positional:2},{kind:"password",program:String.raw`(?<=^|\n)[ \t]*user`,positional:2}],Ve=String.raw`(?!-)(?:"[^"\n]*"|'[^'\n]*'|[^\s;&|<>()"']+)`,Qe=String.raw`[ \t]+-[^\s;&|<>()]*`,vo=String.raw`(?:${Qe}(?:[ \t]+${Ve})?){0,3}`,$o=String.raw`(?=["']?[ \t]*(?:[;&|)\n]|$))`,Mo=e=>e.replaceAll(" ","[ \\t]+");function Uo(e,t){let n=String.raw`(?<![\w/.-])${e.program}(?![\w-])`,r=e.sub?`${vo}[ \\t]+${Mo(e.sub)}`:"";if(e.option)return String.raw`(?<pre>[ \t]${e.option}[ \t]+["']?(?<=${n}[^;&|\n]{0,300}[ \t]${e.option}[ \t]+["']?))(?!-)(?<secret>${t})`;if(e.last)return String.raw`(?<pre>${n}${r}(?:[ \t]+(?:${Ve}|-\S*)){0,8}?[ \t]+["']?)(?!-)(?<secret>${t})${$o}`;let o=e.positional??1;return String.raw`(?<pre>${n}${r}(?:${Qe}){0,6}(?:[ \t]+${Ve}(?:${Qe}){0,6}){${o-1}}[ \t]+["']?)(?!-)(?<secret>${t})`}var Wt=String.raw`\bsudo(?:[ \t]+-[A-Za-z]+)*[ \t]+(?:-[A-Za-z]*S\b|--stdin\b)`,Xt=String.raw`\b(?:wrangler[ \t]+secret[ \t]+put|vercel[ \t]+env[ \t]+add|gh[ \t]+secret[ \t]+set|(?:docker|podman)[ \t]+secret[ \t]+create|firebase[ \t]+functions:secrets:set)\b|--data-file[= \t]+-(?![\w-])|--vault-password-file[= \t]+/dev/stdin\b`,Po=String.raw`(?:--password-stdin|--with-token|${Wt}|${Xt}|\b(?:chpasswd|vncpasswd|passwd|aws[ \t]+configure|(?:npm|pnpm|yarn)[ \t]+(?:login|adduser))\b)`;function qt(e){return[...Do.map(t=>({kind:t.kind,needs:[t.program.startsWith("(?<=")?"ftp":t.program.replace(/^\(\?:|\)$/g,"").split("|")[0]],source:Uo(t,e),keep:t.takesValue?(n,r)=>new RegExp(`[ \\t](?:${t.takesValue})[ \\t]+["']?$`).test(r):void 0})),{kind:"password",needs:["stdin","sudo","passwd","configure","token","login","secret","vercel","data-file"],source:String.raw`(?<pre>\b(?:echo(?:[ \t]+-[neE]{1,3})*|printf(?:[ \t]+(?:"[^"%\n]*%s[^"\n]*"|'[^'%\n]*%s[^'\n]*'))?|yes)[ \t]+)(?<secret>[^|;&\n<>]{1,120}?)(?=[ \t]*\|[ \t]*[^;&|\n]{0,120}?${Po})`,keep:t=>/^["']?\$[\w{(]/.test(t)},{kind:"password",needs:["<<<"],source:String.raw`(?<pre>(?:${Wt}|${Xt}|--passphrase-fd[ \t]+0|--password-stdin)[^;&|\n<]{0,300}<<<[ \t]*["']?)(?<secret>${e})`},{kind:"password",needs:["<("],source:String.raw`(?<pre>[ \t]--?[\w-]*(?:pass|secret|token|key|cred)[\w-]*[= \t]+<\([ \t]*(?:echo(?:[ \t]+-[neE]{1,3})*|printf(?:[ \t]+(?:"%s[^"\n]*"|'%s[^'\n]*'))?|cat[ \t]+<<<)[ \t]+["']?)(?!\$)(?<secret>[^\s"')]+)`},{kind:"password",needs:["password","identified"],source:String.raw`(?<pre>(?=password|identified)(?<=\b(?:user|role|login|password|grant)\b[^;\n]{0,200})(?:password(?:[ \t]+|[ \t]*=[ \t]*|[ \t]*\([ \t]*)\\?["']|identified(?:[ \t]+with[ \t]+\w+)?[ \t]+by[ \t]+(?:\\?["'])?))(?<secret>${e})`},{kind:"password",needs:["send"],source:String.raw`(?<pre>\bexpect[ \t]+\\?["'][^"'\n]{0,100}(?:assword|assphrase)[^"'\n]{0,100}\\?["'][ \t]*[;\n][ \t]*send[ \t]+(?:--[ \t]+)?\\?["'])(?<secret>(?:[^"'\\\n]|\\[^rn"'\n])+)`},{kind:"bot-token",needs:["/bot"],source:String.raw`(?<pre>/bot\d{5,}:)(?<secret>[\w-]{20,})`},{kind:"webhook",needs:["incomingwebhook","ifttt"],source:String.raw`(?<pre>(?:/IncomingWebhook/|\bmaker\.ifttt\.com/trigger/[^\s/'"]+/with/key/))(?<secret>[\w-]{8,})`}]}var tn=String.raw`(?:[^\s"'\x60;&|<>(){},\\]|\\.)+`,T=String.raw`(?!\s)(?:(?<=")(?:[^"\\\n]|\\.)+(?=")|(?<=')[^'\n]+(?=')|(?<="[\w.-]{1,100}[:=][ \t]*)(?:[^"\\\n]|\\.)+(?=")|(?<='[\w.-]{1,100}[:=][ \t]*)[^'\n]+(?=')|${tn})`,nn="api|access|secret|private|account|client|app|master|encryption|signing|storage|license|subscription|session|hmac|webhook",Ho="file|path|dir|length|len|policy|prompt|stdin|hint|reset|required|enabled|url|expiry|ttl|regex|pattern|rules",Kt=String.raw`(?<![\w.$/-])(?=[A-Za-z_])(?:[\w.-]*?(?:pass(?:wor|w)d(?:[_.-](?!(?:${Ho})(?![A-Za-z0-9]))[A-Za-z0-9]+)?|passphrase|secret|token|credentials?|signature|apikey|(?:${nn})[_.-]?key|[_.-](?:key|pass|pwd|auth|creds))|auth|creds|(?<=[;{,][ \t]*)pwd|(?<=[?&])(?:sig|key))`,zt=String.raw`["'][\w.-]{1,100}`,Go=String.raw`(?<![\w-])--?(?!(?:no|skip|ask|disable|without|prompt|use|show|print|read|with|from|reset|generate|require|allow|enable|hide|mask|save|store|check|verify|export|import|list|delete|rotate|revoke|get|fetch)-)(?:[a-z0-9]+[-._]){0,4}(?:password|passwd|passphrase|pass|passin|passout|pwd|token|bearer|secret|secret-string|api-?key|apikey|(?:access|secret|private|account|client|app|master|encryption|signing|storage|license|subscription)[-_]?key|auth|authtoken|credentials?|(?:src|dest)?(?:storepass|keypass)|sas-token)`,Yt="bearer|basic|token|bot|apikey|api-key|key|sso-key|oauth|jwt|ssws|otoken|digest|negotiate|ntlm|aws4-hmac-sha256",rn=String.raw`(?:[ \t]*[:=][ \t]*["']?|["'][ \t]*[:=][ \t]*["'])`,Jt=String.raw`(?<![\w\${.-])(?:[A-Za-z][\w-]{0,60})?(?:key|token|secret|signature|team|auth|art-api)(?:-[\w]{1,20})?[ \t]*:[ \t]*`,Zt={curl:String.raw`${Jt}(?<=(?:-H|--header)(?:[ \t]+|=)["']?[\w-]{1,90}[ \t]*:[ \t]*)["']?`,httpie:String.raw`${Jt}(?<=\b(?:http|https|xh|xhs)[ \t][^;&|\n]{0,300}[ \t][\w-]{1,90}[ \t]*:[ \t]*)["']?`},jo=String.raw`(?<![\w-])-[DP][\w.-]{0,100}?(?:pass(?:wor|w)d|passphrase|secret|token|sonar\.login|(?:api|access|secret|private|signing|app|master|encryption)[._-]?key|credentials?|[._-](?:pass|pwd))=["']?`,Vt=String.raw`(?<![\w\${-])(?:proxy-)?authori[sz]ation${rn}`,Fo=String.raw`(?<![\w\${-])(?:x-[\w-]*?)?(?:api[-_]?key|api[-_]?token|auth[-_]?token|access[-_]?token|private-token|session[-_]?token|vault-token|subscription-key|functions-key|application-key|app-key|api-secret|app-secret|client-secret|apikey|cookie)${rn}`,p=(e,t="gi")=>({source:e,flags:t}),et=e=>e.compiled??=new RegExp(e.source,e.flags),he=["pass","pwd","token","bearer","secret","key","auth","cred","sig","cookie"],Bo=[[/pass|pwd/i,"password"],[/cookie/i,"cookie"],[/token/i,"token"],[/api.?key/i,"api-key"],[/key/i,"key"],[/secret/i,"secret"],[/sig/i,"signature"],[/cred/i,"credentials"],[/bearer/i,"bearer"],[/auth/i,"auth"]],z=e=>Bo.find(([t])=>t.test(e))?.[1]??"secret",Wo=e=>/^[A-Za-z0-9+/]{16,}={0,2}$/.test(e)&&(/[+=]/.test(e)||(e.match(/[A-Z]/g)?.length??0)>=4&&(e.match(/\d/g)?.length??0)>=4),Y=e=>e.length>=16&&/\d/.test(e)&&/[A-Za-z]/.test(e)&&(!/[/.]/.test(e)||Wo(e.replace(/^base64:/,""))),Qt=(e,t,n)=>!/["']$/.test(t)&&!/["']/.test(n)&&!/\d/.test(e),Xo=p(String.raw`(?<!${nn}|secret_access|aws)[_.-]key\W*$`,"i"),en={test:e=>et(Xo).test(e)},on=[{kind:"aws-access-key-id",pattern:"(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}(?![A-Za-z0-9])"},{kind:"gcp-api-key",pattern:"AIza[0-9A-Za-z_-]{35}"},{kind:"google-oauth",pattern:String.raw`ya29\.[0-9A-Za-z_-]{20,}`},{kind:"github-token",pattern:"gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,}"},{kind:"gitlab-token",pattern:"gl(?:pat|dt|rt|ptt|ft|cbt|imt|oas|soat|agent)-[0-9A-Za-z_-]{20,}"},{kind:"slack-token",pattern:"xox[abposr]-[0-9A-Za-z-]{10,}|xapp-[0-9A-Za-z-]{10,}"},{kind:"stripe-key",pattern:"[sr]k_(?:live|test)_[0-9A-Za-z]{10,}|whsec_[0-9A-Za-z]{20,}"},{kind:"anthropic-key",pattern:"sk-ant-[0-9A-Za-z_-]{20,}"},{kind:"openai-key",pattern:"sk-(?:proj-|svcacct-|admin-)?[0-9A-Za-z_-]{20,}",keep:e=>!/\d/.test(e)},{kind:"huggingface-token",pattern:"hf_[A-Za-z0-9]{30,}"},{kind:"npm-token",pattern:"npm_[A-Za-z0-9]{30,}"},{kind:"pypi-token",pattern:"pypi-[A-Za-z0-9_-]{40,}"},{kind:"docker-token",pattern:"dckr_pat_[A-Za-z0-9_-]{20,}"},{kind:"digitalocean-token",pattern:"do[por]_v1_[a-f0-9]{40,}"},{kind:"sendgrid-key",pattern:String.raw`SG\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}`},{kind:"twilio-api-key",pattern:"SK[0-9a-fA-F]{32}(?![0-9A-Za-z])"},{kind:"jwt",pattern:String.raw`eyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*`},{kind:"api-token",pattern:String.raw`lin_api_[A-Za-z0-9]{30,}|PMAK-[0-9a-f]{24}-[0-9a-f]{34}|hv[sb]\.[A-Za-z0-9_-]{24,}|gl(?:sa|c)_[A-Za-z0-9_=+/-]{30,}|sbp_[0-9a-f]{40}|sntry[us]_[A-Za-z0-9_=+/-]{30,}|shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}|dapi[0-9a-f]{32}|AGE-SECRET-KEY-1[0-9A-Z]{50,}|nfp_[A-Za-z0-9]{30,}|rubygems_[a-f0-9]{48}|pscale_(?:tkn|pw|oauth)_[A-Za-z0-9_-]{30,}|dp\.(?:st|pt|ct|sa|scim|audit)\.[A-Za-z0-9_.-]{30,}|figd_[A-Za-z0-9_-]{30,}|xkeysib-[a-f0-9]{64}-[A-Za-z0-9]{16}|ATATT3[A-Za-z0-9_=-]{30,}|fm[12]_[A-Za-z0-9+/=_-]{30,}|bkua_[a-f0-9]{40}|CCIPAT_[A-Za-z0-9_]{30,}|ops_eyJ[A-Za-z0-9_=-]{30,}|tskey-(?:auth|api|client|scim|webhook)-[A-Za-z0-9_-]{20,}|sq0(?:atp|csp)-[A-Za-z0-9_-]{22,}|oy2[a-z0-9]{43}`}],qo=p(`(?<![\\w-])(?:${on.map(e=>`(${e.pattern})`).join("|")})`,"g"),Ko=/AKIA|ASIA|ABIA|ACCA|AIza|ya29\.|gh[pousr]_|github_pat_|gl[a-z]{1,5}[-_]|xox[abposr]-|xapp-|[sr]k_(?:live|test)_|whsec_|sk-|hf_|npm_|pypi-|dckr_pat_|do[por]_v1_|SG\.|SK[0-9a-fA-F]{32}|eyJ|lin_api_|PMAK-|hv[sb]\.|sbp_|sntry[us]_|shp(?:at|ca|pa|ss)_|dapi[0-9a-f]|AGE-SECRET-KEY|nfp_|rubygems_|pscale_|dp\.|figd_|xkeysib-|ATATT3|fm[12]_|bkua_|CCIPAT_|ops_eyJ|tskey-|sq0|oy2/,sn=[{kind:"private-key",needs:["private key"],re:p(String.raw`(?<pre>-----BEGIN[A-Z0-9 ]*PRIVATE KEY[A-Z ]*-----)(?<secret>[^"'\x60]*?)(?=-----END[A-Z0-9 ]*PRIVATE KEY|["'\x60]|$)`,"g"),keep:e=>!/[A-Za-z0-9+/=]{16}/.test(e)},{kind:"webhook",needs:["hooks.slack","webhooks/"],re:p(String.raw`(?<pre>(?:hooks\.slack\.com/(?:services|workflows|triggers)|discord(?:app)?\.com/api/webhooks/\d+)/)(?<secret>[\w/-]{8,})`)},{kind:"url-password",needs:["://"],re:p(String.raw`(?<pre>:\/\/[^\s:@\/'"<>]*:)(?<secret>[^\s\/'"<>]+)(?=@)`)},{kind:"url-token",needs:["://"],re:p(String.raw`(?<pre>:\/\/)(?<secret>[^\s:@\/'"<>]{16,})(?=@)`),keep:e=>!Y(e)},{kind:"api-key",needs:["appid","key=","sig","auth="],re:p(String.raw`(?<pre>[?&](?:appid|app_?key|hapikey|sig|signature|key|auth|code)=)(?<secret>[^&\s'"#<>]{8,})`),keep:(e,t)=>/[?&](?:key|auth|code)=$/i.test(t)&&!Y(e)},{kind:"secret",needs:["rclone"],re:p(String.raw`(?<pre>[ \t](?:pass|password|password2|secret_access_key|client_secret|token|key|account_key|sas_url|session_token)[ \t]+(?<=\brclone[ \t]+config[ \t]+(?:create|update)\b[^;&|\n]{0,300}))(?!-)(?<secret>${T})`)},{kind:"password",needs:["rdp"],re:p(String.raw`(?<pre>[ \t]/p:(?<=\b[xw]?freerdp3?\b[^;&|\n]{0,300}[ \t]/p:))(?<secret>${T})`)},{kind:e=>/bearer/i.test(e)?"bearer":/basic/i.test(e)?"basic-auth":"authorization",needs:["authori"],re:p(`(?<pre>${Vt}(?:${Yt})[ \\t]+)(?<secret>${tn})`)},{kind:"authorization",needs:["authori"],re:p(`(?<pre>${Vt}(?!(?:${Yt})\\b))(?<secret>${T})`),keep:Qt},{kind:z,needs:["key","token","secret","cookie"],re:p(`(?<pre>${Fo})(?<secret>${T})`),keep:Qt},...[{needs:["-h","--header"],header:Zt.curl},{needs:["http ","https ","xh ","xhs "],header:Zt.httpie}].map(({needs:e,header:t})=>({kind:z,needs:e,re:p(`(?<pre>${t})(?<secret>${T})`),keep:(n,r)=>/(?:email|user(?:name)?|id|type|version|mode|method|scheme)[ \t]*:[ \t]*$/i.test(r)})),{kind:"cookie",needs:["-b","--cookie"],re:p(String.raw`(?<pre>[ \t](?:-b|--cookie)(?:[ \t]+|=)["']?(?<=\bcurl\b[^;&|\n]{0,300}))(?<secret>${T})`),keep:e=>!e.includes("=")},{kind:z,needs:["-d","-p"],re:p(`(?<pre>${jo})(?<secret>${T})`)},{kind:z,needs:he,re:p(String.raw`(?<pre>(?<![\w.$/-])[A-Z][A-Z0-9_]{0,60}?(?:TOKEN|SECRET|KEY|PASSWORD|PASSWD|_PASS|_PWD)(?:_[A-Z0-9]+){1,2}(?<!_(?:TOKEN|SECRET|KEY|PASSWORD|PASSWD|PASS|PWD|AUTH|CREDS?|CREDENTIALS?))=["']?)(?<secret>${T})`,"g"),keep:e=>!Y(e)},{kind:"aws-secret",needs:["access","session","aws"],re:p(String.raw`(?<pre>(?<![\w.$-])(?:(?:aws_?)?secret_?access_?key|aws_?session_?token|aws_?secret_?key)(?:["']?[ \t]*[:=][ \t]*|(?<=\bset[ \t]+[\w.]+)[ \t]+)["']?)(?<secret>${T})`)},{kind:z,needs:he,re:p(`(?<pre>${Go}(?:=|[ \\t]+)["']?)(?!-)(?<secret>${T})`),keep:(e,t)=>/^(?:id|src|source|type|env)=|^(?:env|file|fd):/i.test(e)||/auth\W*$/i.test(t)&&!e.includes(":")&&!Y(e)},{kind:"password",needs:["sshpass","login","redis-cli","twine","mongo","ldap"],re:p(String.raw`(?<pre>[ \t]-(?:p[ \t]*|[aw][ \t]+)["']?)(?<=(?:\bsshpass|\b(?:twine|mongo|mongosh|mongodump|mongorestore|mongoexport|mongoimport)\b[^;&|\n]{0,200}|\b(?:docker|podman|nerdctl|buildah|skopeo|oras|crane|registry|az|oc|cf|regctl|argocd)[ \t]+login\b[^;&|\n]{0,200}|\b(?:apptainer|singularity|helm)[ \t]+registry[ \t]+login\b[^;&|\n]{0,200})[ \t]-p[ \t]*["']?|\bredis-cli\b[^;&|\n]{0,200}[ \t]-a[ \t]+["']?|\bldap\w*[^;&|\n]{0,200}[ \t]-w[ \t]+["']?)(?<secret>${T})`)},{kind:"password",needs:["mysql","mariadb","7z","rar","zip","sqlcmd","bcp"],re:p(String.raw`(?<pre>[ \t]-p["']?(?<=\b(?:mysql|mariadb|mysqldump|mysqladmin|mysqlimport|mysqlcheck|mysqlpump|mysqlsh|7z|7za|7zz|rar|unrar)\b[^;&|\n]{0,300}[ \t]-p["']?)|[ \t]-P[ \t]+["']?(?<=\b(?:zip|unzip|sqlcmd|bcp)\b[^;&|\n]{0,300}[ \t]-P[ \t]+["']?))(?<secret>${T})`,"g")},{kind:"password",needs:["-u","--user","--proxy-user","curl","-a","--auth","lftp"],re:p(String.raw`(?<pre>(?<![\w-])(?:(?:-u|--user|--proxy-user|-[a-zA-Z]{1,5}u(?<=\bcurl\b[^;&|\n]{0,300}))(?:[ \t]+|=)["']?[\w.@+-]+:|(?:-a|-A|--auth)(?<=\b(?:http|https|xh|xhs|hey|ab)\b[^;&|\n]{0,300})(?:[ \t]+|=)["']?[\w.@+-]+:|-u(?<=\blftp\b[^;&|\n]{0,300})[ \t]+["']?[\w.@+-]+,|-U[ \t]+["']?[\w.@\\+-]+%))(?<secret>${T})`,"g"),keep:(e,t)=>/^\d+$/.test(e)||t.endsWith(`${e}:`)&&/[\s"'=]$/.test(t.slice(0,-e.length-1))},{kind:"password",needs:["login"],re:p(String.raw`(?<pre>\blogin[ \t]+[^\s'"]+\s+password[ \t]+)(?<secret>${T})`)},{kind:"secret",needs:["gh","ngrok"],re:p(String.raw`(?<pre>[ \t](?:--body|-b)(?:[ \t]+|=)["']?(?<=\bgh[ \t]+secret[ \t]+set\b[^;&|\n]{0,200})|\bngrok[ \t]+(?:config[ \t]+add-)?authtoken[ \t]+["']?)(?<secret>${T})`)},{kind:z,needs:he,re:p(`(?<pre>${Kt}(?:=(?!=)(?:(?<!${zt}=)["'])?|:[-=]["']?|["'][ \\t]*[:=][ \\t]*["']|(?<!${zt})[ \\t]*[:=][ \\t]*["']))(?<secret>${T})`),keep:(e,t)=>en.test(t)&&!Y(e)},{kind:z,needs:he,re:p(String.raw`(?<pre>^[ \t]*${Kt}(?:[ \t]+=|=[ \t]|[ \t]*:)[ \t]*)(?<secret>[^\s'"](?:[^\n]*[^\s])?)`,"gim"),keep:(e,t)=>/^[{[(]|[,;{([]$|\w\(.*\)$/.test(e)||en.test(t)&&!Y(e)},{kind:"bearer",needs:["bearer"],re:p(String.raw`(?<pre>\bbearer[ \t]+)(?<secret>[A-Za-z0-9._~+/=-]{12,})`),keep:e=>!Y(e)}];for(let e of qt(T))sn.push({kind:e.kind,needs:e.needs,re:p(e.source),keep:e.keep});var zo=/^(?:[~^]|[<>]=?)?\d+(?:\.(?:\d+|x|\*)){1,2}(?:-[\w.]+)?$|^(?:\\?\$|\{\{|%\w+%$|@|<redacted:|-----BEGIN)|^(?:\.{0,2}\/|~\/)|\.(?:pem|key|crt|cer|p12|pfx|json|txt|env|asc|gpg|ppk)$|^(?:true|false|yes|no|on|off|null|none|nil|undefined|stdin|0|1|-)$/i;function Yo(e,t){let n=e.length-e.trimStart().length,r=e.length-e.trimEnd().length;return`${e.slice(0,n)}<redacted:${t}>${e.slice(e.length-r)}`}function Jo(e){return Ko.test(e)?e.replace(et(qo),(t,...n)=>{let r=n.findIndex(s=>s!==void 0),o=on[r];return o.keep?.(t)?t:`<redacted:${o.kind}>`}):e}function an(e){let t=Jo(Bt(e)),n=t.toLowerCase();for(let r of sn)r.needs&&!r.needs.some(o=>n.includes(o))||(t=t.replace(et(r.re),(...o)=>{let{pre:s,secret:i}=o[o.length-1],a=o[o.length-3],c=o[o.length-2];return zo.test(i)||r.keep?.(i,s,c.charAt(a-1))?o[0]:s+Yo(i,typeof r.kind=="string"?r.kind:r.kind(s))}));return t}function Q(e){let t=2166136261;for(let n=0;n<e.length;n++)t^=e.charCodeAt(n),t=Math.imul(t,16777619);return(t>>>0).toString(36)}var m=require("node:fs"),ee=require("node:path");var cn=require("node:os"),$=require("node:path");function Zo(e=process.env){return e.CLAUDE_CONFIG_DIR||(0,$.join)(e.HOME||(0,cn.homedir)(),".claude")}function _(e=process.env){return e.BGTELEMETRY_HOME||(0,$.join)(Zo(e),"bgtelemetry")}function dn(e=process.env){return(0,$.join)(_(e),"config.json")}function tt(e){return(0,$.join)(e,".claude","bgtelemetry.json")}function un(e){return(0,$.join)(e,".claude","bgtelemetry.local.json")}function ln(e=process.env){return(0,$.join)(_(e),"errors.log")}function Te(e=process.env,t){return e.BGTELEMETRY_DB||t||(0,$.join)(_(e),"telemetry.db")}function nt(e=process.env){return(0,$.join)(_(e),"spool")}var Vo=1024*1024,Qo=300;function es(e){return e.split(`
`,1)[0].replace(/"(?:[^"\\]|\\.)*"|'[^']*'|`[^`]*`/g,'"\u2026"').replace(/(?<!\S)(?![/~.])\S{41,}/g,"\u2026").slice(0,Qo)}function b(e,t,n=process.env){pn(ln(n),e,t)}function pn(e,t,n){try{(0,m.mkdirSync)((0,ee.dirname)(e),{recursive:!0,mode:448});try{(0,m.statSync)(e).size>Vo&&(0,m.renameSync)(e,e+".1")}catch{}let r=JSON.stringify({time:new Date().toISOString(),where:t,message:es(n instanceof Error?n.message:String(n))});return ns(e,r+`
`),!0}catch{return!1}}var ts=m.constants.O_WRONLY|m.constants.O_APPEND|m.constants.O_CREAT|(m.constants.O_NONBLOCK??0);function ns(e,t){let n=(0,m.openSync)(e,ts,384);try{(0,m.fstatSync)(n).isFile()&&(0,m.writeSync)(n,t)}finally{(0,m.closeSync)(n)}}function rt(e,t,n,r=process.env){ot([_(r)],e,t,n)}function ot(e,t,n,r){let o=n.replace(/[^A-Za-z0-9_.-]/g,"_");for(let s of e){let i=rs(s,o);if(i==="exists")return;if(i==="made"){e.some(a=>pn((0,ee.join)(a,"errors.log"),t,r));return}}}function rs(e,t){try{return(0,m.mkdirSync)((0,ee.join)(e,"once"),{recursive:!0,mode:448}),(0,m.writeFileSync)((0,ee.join)(e,"once",t),"",{flag:"wx",mode:384}),"made"}catch(n){return n.code==="EEXIST"?"exists":"failed"}}function st(e){return typeof e=="object"&&e!==null&&!Array.isArray(e)}var A=e=>typeof e=="string"?e:void 0;var os=e=>typeof e=="boolean"?e:void 0;function ss(e,t){if(!st(t)||typeof t.session_id!="string"||typeof t.hook_event_name!="string"||!Object.hasOwn(e,t.hook_event_name))return null;let n=t.hook_event_name,r=e[n](t);if(!r)return null;let o=st(t.effort)&&typeof t.effort.level=="string"?{level:t.effort.level}:void 0;return{...{session_id:t.session_id,transcript_path:A(t.transcript_path),cwd:A(t.cwd)??process.cwd(),hook_event_name:n,prompt_id:A(t.prompt_id),permission_mode:A(t.permission_mode),effort:o},...r}}function is(e){return st(e)?{id:A(e.id),type:A(e.type),status:A(e.status),description:A(e.description),command:A(e.command)}:{}}function as(e){return{stop_hook_active:os(e.stop_hook_active),last_assistant_message:A(e.last_assistant_message),background_tasks:Array.isArray(e.background_tasks)?e.background_tasks.map(is):void 0,session_crons:Array.isArray(e.session_crons)?e.session_crons:void 0}}var cs=e=>({source:A(e.source)}),ds=e=>({reason:A(e.reason)});var En=e=>ss({Stop:as,SessionStart:cs,SessionEnd:ds},e);function fn(e){return e.prompt_id!==void 0?"2.1":"2.0"}var H=require("node:fs"),it=require("node:path");var R=require("node:fs"),us=3600*1e3;function ls(e){try{return process.kill(e,0),!0}catch(t){return t.code==="EPERM"}}function de(e,t){try{let n=t-(0,R.statSync)(e).mtimeMs,r=Number.parseInt((0,R.readFileSync)(e,"utf8"),10);return n>us?null:!Number.isInteger(r)||r<=0?n<1e4?0:null:ls(r)?r:null}catch{return null}}function te(e,t){if(mn(e))return!0;if(de(e,t)!==null)return!1;let n=`${e}.stale-${process.pid}`;try{(0,R.renameSync)(e,n),(0,R.rmSync)(n,{force:!0})}catch{return!1}return mn(e)}function mn(e){try{return(0,R.writeFileSync)(e,"",{flag:"wx",mode:384}),!0}catch{return!1}}function ne(e,t,n,r){try{let{spawn:o}=process.getBuiltinModule("node:child_process"),s=o(t,n,{detached:!0,stdio:"ignore",...r});s.on("error",()=>(0,R.rmSync)(e,{force:!0})),s.unref()}catch(o){throw(0,R.rmSync)(e,{force:!0}),o}}var ps=(0,it.join)("..","cli.mjs"),Es=60*1e3,fs=3600*1e3,ms=e=>`${e}.syncing`,gs=e=>`${e}.sync-state`;function _s(e){try{let t=JSON.parse((0,H.readFileSync)(gs(e),"utf8"));return typeof t.at=="number"&&typeof t.failures=="number"?t:null}catch{return null}}function hs(e){return e<=0?0:Math.min(Es*2**(e-1),fs)}function Ts(e,t,n){let r=["sync","--db",e,"--background"],o=(0,it.join)(t,ps);if((0,H.existsSync)(o))return[process.execPath,[o,...r]];let[s,...i]=n??[];return s?[s,[...i,...r]]:null}function gn(e,t,n){let r=_s(e);return r?n-r.at<hs(r.failures)?"backing-off":!t.sessionEnd&&n-r.at<t.intervalMinutes*6e4?"not-due":null:null}function _n(e,t,n,r,o,s=Date.now()){if(!t.url)return"no-url";let i=gn(e,t,s);if(i)return i;let a=Ts(e,r,t.command);if(!a)return"no-command";let c=ms(e);if(!te(c,s))return"running";let u=gn(e,t,s);return u?((0,H.rmSync)(c,{force:!0}),u):(ne(c,a[0],a[1],{env:n,cwd:(0,H.existsSync)(o)?o:void 0}),"started")}var hn=[{name:"BGTELEMETRY_HOME",overrides:"data directory",description:"holds the user config, database and error log"},{name:"BGTELEMETRY_DB",overrides:"database file",configKey:"database",description:"the telemetry database file"},{name:"BGTELEMETRY_MODE",overrides:"mode",configKey:"mode",description:"suggest, auto, enforce or off"},{name:"BGTELEMETRY_SLOW_THRESHOLD",overrides:"slow threshold",configKey:"slowThresholdSeconds",description:"seconds of work that count as slow"},{name:"BGTELEMETRY_CODE_CACHE",overrides:"code cache directory",description:"off, or an absolute directory for it"},{name:"BGTELEMETRY_TEAM_URL",overrides:"team store",configKey:"team.url",description:"the team store's PostgreSQL URL (sync)"},{name:"BGTELEMETRY_SQLITE_DRIVER",overrides:"SQLite driver of the hooks",description:"better-sqlite3: the hooks use it even where node:sqlite loads"},{name:"BGTELEMETRY_DEBUG",overrides:"error detail",description:"1: the CLI prints the stack trace of an unexpected error"}];var O=require("node:fs"),bs=O.constants.O_RDONLY|(O.constants.O_NONBLOCK??0),G=class extends Error{constructor(n,r){super(n);this.kind=r}kind;code="EREFUSED"},Ns=[[e=>e.isFIFO(),"a FIFO"],[e=>e.isDirectory(),"a directory"],[e=>e.isSocket(),"a socket"],[e=>e.isCharacterDevice(),"a character device"],[e=>e.isBlockDevice(),"a block device"]];function Ss(e,t){let n=Ns.find(([r])=>r(t))?.[1]??"an unknown kind of file";return new G(`${e} is not a regular file (${n})`,n)}function ys(e,t,n){let r=(0,O.openSync)(e,bs);try{let o=(0,O.fstatSync)(r);if(!o.isFile())throw Ss(e,o);if(n&&!n(o))throw new G(`${e} is not acceptable (owner or mode)`);return t(r,o.size)}finally{(0,O.closeSync)(r)}}function ks(e,t,n){let r=Buffer.allocUnsafe(t),o=0;for(;o<t;){let s=(0,O.readSync)(e,r,o,t-o,n+o);if(s===0)break;o+=s}return r.subarray(0,o)}function j(e,t,n){return ys(e,(r,o)=>{if(o>t)throw new G(`${e} is larger than ${t} bytes`);return ks(r,o,0)},n)}var at=["suggest","auto","enforce","off"];var As=10,Nn={underutilizationEvery:20,underutilizationRatio:.1,uncheckedAfterTurns:3,uncheckedMax:5,maxActiveTasks:10,pollingSeconds:10},ct={mode:"suggest",slowThresholdSeconds:5,patterns:[],commandStorage:"redacted",nudges:Nn,identity:{hash:!0,hostname:!1},team:{syncIntervalMinutes:As},daemonIdleMinutes:15},Rs=1024*1024;function Os(e){try{return j(e,Rs).toString("utf8")}catch(t){return t instanceof G?t:null}}function Ls(e){return{programs:[e.program],args:e.args,ifFlags:e.ifFlags,unlessFlags:e.unlessFlags,effect:e.effect,category:e.category??"other",estimate:e.estimateSeconds,reason:e.reason??"matches a pattern in your bgtelemetry configuration",alternative:e.alternative,source:"config"}}async function Sn(e,t=process.env){let n={...ct,patterns:[],nudges:{...Nn},identity:{...ct.identity},team:{...ct.team}},r=[],o=[],s=[dn(t),...e?[tt(e),un(e)]:[]],i=e?tt(e):void 0,a=s.map(Os);if(a.forEach((c,u)=>{c instanceof G&&o.push(`${s[u]}: ignored: ${c.message}`)}),a.some(c=>typeof c=="string")){let{validateConfigFile:c}=await Promise.resolve().then(()=>Io(require("./config-schema.cjs"),1));a.forEach((u,E)=>{if(typeof u!="string")return;let d;try{d=JSON.parse(u)}catch(l){o.push(`${s[E]}: not valid JSON (${l.message})`);return}let h=c(d);if(!h.ok){for(let l of h.problems)o.push(`${s[E]}: ${l}`);return}Is(n,h.value,s[E]===i),r.push(s[E])})}return Cs(n,t,o),{config:n,sources:r,problems:o}}function Is(e,t,n){t.mode&&(e.mode=t.mode),t.slowThresholdSeconds!==void 0&&(e.slowThresholdSeconds=t.slowThresholdSeconds),t.patterns&&(e.patterns=[...t.patterns.map(Ls),...e.patterns]),t.database&&(e.database=t.database),t.commandStorage&&(e.commandStorage=t.commandStorage),t.team?.url&&(e.team.url=t.team.url),t.team?.syncIntervalMinutes!==void 0&&(e.team.syncIntervalMinutes=t.team.syncIntervalMinutes),t.team?.syncCommand&&(e.team.syncCommand=t.team.syncCommand),t.transport&&(e.transport=t.transport),t.daemon?.idleMinutes!==void 0&&(e.daemonIdleMinutes=t.daemon.idleMinutes),t.nudges&&Object.assign(e.nudges,bn(t.nudges)),t.identity&&!n&&Object.assign(e.identity,bn(t.identity))}function bn(e){return Object.fromEntries(Object.entries(e).filter(([,t])=>t!==void 0))}var ws={BGTELEMETRY_MODE:(e,t)=>at.includes(e)?(t.mode=e,null):`expected one of ${at.join(", ")}, got "${e}"`,BGTELEMETRY_SLOW_THRESHOLD:(e,t)=>{let n=Number(e);return Number.isFinite(n)&&n>0&&n<=3600?(t.slowThresholdSeconds=n,null):`expected seconds between 0 and ${3600}, got "${e}"`}};function Cs(e,t,n){for(let{name:r}of hn){let o=t[r],s=o?ws[r]?.(o,e):null;s&&n.push(`${r}: ${s}`)}}var Ds=new WeakMap;function yn(e){return Math.round((process.uptime()-(Ds.get(e)??0))*1e4)/10}var kn=require("node:fs"),J=require("node:path");function xn(e){let t=(0,J.resolve)(e);for(let n=0;n<64;n++){if((0,kn.existsSync)((0,J.join)(t,".git")))return t;let r=(0,J.dirname)(t);if(r===t)break;t=r}return(0,J.resolve)(e)}var wn=require("node:fs");var vs=new Set([91,123]),$s=new Set([93,125]);function Ms(e,t){let n=0,r=!1;for(let o=0;o<e.length;o++){let s=e.charCodeAt(o);if(r)s===92?o++:s===34&&(r=!1);else if(s===34)r=!0;else if(vs.has(s)){if(++n>t)return!0}else $s.has(s)&&n--}return!1}function An(e){let t=e.charCodeAt(0)===65279?e.slice(1):e;if(Ms(t,1e3))throw new Error("the payload nests deeper than 1000 levels");return JSON.parse(t)}var L=require("node:fs"),dt=4*1024*1024,Rn=256*1024,Us=1;function ut(e){return e.length>dt?null:e.toString("utf8")}function On(e){let t=ut(Buffer.concat(e));if(t===null||!/[}\]]\s*$/.test(t))return null;try{return JSON.parse(t.charCodeAt(0)===65279?t.slice(1):t),t}catch{return null}}function Ln(e,t="/dev/stdin"){let n=Ps(t);if(!n)return js(e);let{fd:r,owned:o}=n;return new Promise(s=>{let a=Date.now()+Math.max(e.firstByteMs,e.deadlineMs),c=[],u=Buffer.allocUnsafe(Rn),E=0,d=l=>{try{o&&(0,L.closeSync)(r)}catch{}s(l)},h=()=>{for(;;){let l;try{l=(0,L.readSync)(r,u,0,Rn,null)}catch(U){if(U.code!=="EAGAIN"){d(null);return}if(Date.now()>=a){d(On(c));return}setTimeout(h,Us);return}if(l===0){d(ut(Buffer.concat(c)));return}if(E===0&&(a=Date.now()+e.deadlineMs),E+=l,E>dt){d(null);return}c.push(Buffer.from(u.subarray(0,l)))}};h()})}function Ps(e){try{return(0,L.fstatSync)(0).isSocket()?Gs(0)?{fd:0,owned:!1}:null:{fd:(0,L.openSync)(e,L.constants.O_RDONLY|L.constants.O_NONBLOCK),owned:!0}}catch{return null}}var Hs=[];function Gs(e){if(`${process.execArgv.join(" ")} ${process.env.NODE_OPTIONS??""}`.includes("--pending-deprecation")||process.env.NODE_PENDING_DEPRECATION==="1")return!1;try{let{Pipe:n,constants:r}=process.binding("pipe_wrap"),o=new n(r.SOCKET);return o.open(e)!==0?!1:(Hs.push(o),!0)}catch{return!1}}function js({deadlineMs:e,firstByteMs:t}){return new Promise(n=>{let r=[],o=0,s=!1,i=c=>{s||(s=!0,clearTimeout(a),process.stdin.destroy(),n(c))},a=setTimeout(()=>i(null),Math.max(t,e));process.stdin.on("data",c=>{if(o===0&&(clearTimeout(a),a=setTimeout(()=>i(On(r)),e)),o+=c.length,o>dt)return i(null);r.push(c)}),process.stdin.on("end",()=>i(ut(Buffer.concat(r)))),process.stdin.on("error",()=>i(null))})}var In=900,Fs={deadlineMs:500,firstByteMs:3e3};function Bs(e){e===null&&process.exit(0);let t=Buffer.from(e+`
`),n=0;try{for(;n<t.length;)n+=(0,wn.writeSync)(1,t,n)}catch(r){r.code!=="EAGAIN"&&process.exit(0)}n>=t.length&&process.exit(0),process.stdout.on("error",()=>process.exit(0)),process.stdout.write(t.subarray(n),()=>process.exit(0))}var Cn=!1;function Dn(){return Cn}async function Ws(e,t,n){try{if(n===null)throw new Error("stdin was too large, or did not close in time");if(n.trim()==="")return null;let r=await t(An(n));return r&&typeof r=="object"?JSON.stringify(r):null}catch(r){return b(e,r),null}}async function vn(e,t,n){Cn=!0;let r=await Ln(Fs).catch(()=>null);setTimeout(()=>{b(e,new Error(`exceeded ${In} ms budget`)),process.exit(0)},In).unref();let o=await Ws(e,t,r);n?.(),Bs(o)}var $n=new WeakMap;function g(e,t){let n=$n.get(e);n||$n.set(e,n=new Map);let r=n.get(t);return r||n.set(t,r=e.prepare(t)),r}var Mn=e=>e===void 0?null:e?1:0,f=e=>e===void 0?null:e,Xs={"session-start":qs,"session-end":Ks,prompt:zs,"bash-pre":Ys,"bash-post":Js,"task-check":(e,t)=>Pn(e,t.session,t.taskId,t.toolUseId,t.at,t.tool,t.blocking,t.statusSeen,t.exitCode),"task-stop":Zs,"turn-end":Vs};function be(e,t){return g(e,"INSERT OR IGNORE INTO applied_events (id, kind, at) VALUES (?, ?, ?)").run(t.id,t.kind,t.at).changes===0?!1:(Qs(e,t),Xs[t.kind](e,t),t.delivered&&g(e,"UPDATE advice SET delivered_at = COALESCE(delivered_at, ?) WHERE event_id = ?").run(t.at,t.delivered),t.backfilled||g(e,"INSERT OR IGNORE INTO hook_runs (event_id, hook, at, wall_ms) VALUES (?, ?, ?, ?)").run(t.id,t.hook,t.at,t.wallMs),!0)}function qs(e,t){g(e,"UPDATE sessions SET source = COALESCE(source, ?) WHERE id = ?").run(f(t.source),t.session)}function Ks(e,t){g(e,"UPDATE sessions SET ended_at = MAX(COALESCE(ended_at, 0), ?), end_reason = COALESCE(?, end_reason) WHERE id = ?").run(t.at,f(t.reason),t.session)}function zs(e,t){g(e,"INSERT OR IGNORE INTO prompts (id, session_id, at, kind, intents, chars) VALUES (?, ?, ?, ?, ?, ?)").run(t.promptId??t.id,t.session,t.at,t.promptKind,t.intents.join(","),t.chars),t.notification&&(ue(e,t.session,t.notification.taskId),g(e,`UPDATE tasks SET notified_at = COALESCE(notified_at, @at), finished_at = COALESCE(finished_at, @at),
         exit_code = COALESCE(@exit, exit_code), status = CASE WHEN status = 'killed' THEN status ELSE @status END
       WHERE session_id = @session AND id = @id`).run({at:t.at,exit:f(t.notification.exitCode),status:t.notification.status,session:t.session,id:t.notification.taskId}))}function Ys(e,t){g(e,`INSERT INTO bash_calls (tool_use_id, session_id, prompt_id, message_id, project, project_id, started_at, signature, command, verdict, category,
       estimate_s, estimate_source, timeout_ms, requested_background, threshold_ms, backfilled)
     VALUES (@toolUseId, @session, @promptId, @messageId, @project, @projectId, @at, @signature, @command, @verdict, @category, @estimateS,
       @estimateSource, @timeoutMs, @requested, @thresholdMs, @backfilled)
     ON CONFLICT (session_id, tool_use_id) DO UPDATE SET
       started_at = excluded.started_at,
       backfilled = bash_calls.backfilled AND excluded.backfilled,
       prompt_id = COALESCE(bash_calls.prompt_id, excluded.prompt_id),
       message_id = COALESCE(excluded.message_id, bash_calls.message_id),
       project = COALESCE(bash_calls.project, excluded.project),
       project_id = COALESCE(bash_calls.project_id, excluded.project_id),
       signature = excluded.signature, command = excluded.command, verdict = excluded.verdict, category = excluded.category,
       estimate_s = excluded.estimate_s, estimate_source = excluded.estimate_source,
       timeout_ms = COALESCE(bash_calls.timeout_ms, excluded.timeout_ms),
       threshold_ms = excluded.threshold_ms,
       duration_ms = COALESCE(bash_calls.duration_ms, bash_calls.ended_at - excluded.started_at),
       duration_source = COALESCE(bash_calls.duration_source, CASE WHEN bash_calls.ended_at IS NOT NULL THEN 'hooks' END)`).run(Un(t))}function Js(e,t){g(e,`INSERT INTO bash_calls (tool_use_id, session_id, prompt_id, message_id, project, project_id, ended_at, signature, command, verdict, category,
       estimate_s, estimate_source, timeout_ms, requested_background, background, background_reason, outcome, exit_code,
       duration_ms, duration_source, task_id, threshold_ms, backfilled)
     VALUES (@toolUseId, @session, @promptId, @messageId, @project, @projectId, @at, @signature, @command, @verdict, @category, @estimateS,
       @estimateSource, @timeoutMs, @requested, @background, @reason, @outcome, @exitCode, @durationMs, @durationSource, @taskId, @thresholdMs,
       @backfilled)
     ON CONFLICT (session_id, tool_use_id) DO UPDATE SET
       ended_at = excluded.ended_at,
       backfilled = bash_calls.backfilled AND excluded.backfilled,
       prompt_id = COALESCE(bash_calls.prompt_id, excluded.prompt_id),
       project = COALESCE(bash_calls.project, excluded.project),
       project_id = COALESCE(bash_calls.project_id, excluded.project_id),
       signature = COALESCE(bash_calls.signature, excluded.signature), command = COALESCE(bash_calls.command, excluded.command),
       verdict = COALESCE(bash_calls.verdict, excluded.verdict), category = COALESCE(bash_calls.category, excluded.category),
       estimate_s = COALESCE(bash_calls.estimate_s, excluded.estimate_s),
       estimate_source = COALESCE(bash_calls.estimate_source, excluded.estimate_source),
       timeout_ms = COALESCE(bash_calls.timeout_ms, excluded.timeout_ms),
       threshold_ms = COALESCE(bash_calls.threshold_ms, excluded.threshold_ms),
       requested_background = excluded.requested_background,
       background = excluded.background, background_reason = excluded.background_reason,
       outcome = excluded.outcome, exit_code = excluded.exit_code, task_id = excluded.task_id,
       duration_ms = COALESCE(excluded.duration_ms, excluded.ended_at - bash_calls.started_at),
       duration_source = COALESCE(excluded.duration_source, CASE WHEN bash_calls.started_at IS NOT NULL THEN 'hooks' END)`).run({...Un(t),background:Mn(t.background),reason:f(t.backgroundReason),outcome:t.outcome,exitCode:f(t.exitCode),durationMs:f(t.durationMs),durationSource:t.durationMs===void 0?null:f(t.durationSource),taskId:f(t.taskId)}),t.taskId&&(ue(e,t.session,t.taskId),g(e,`UPDATE tasks SET tool_use_id = COALESCE(tool_use_id, @toolUseId), started_at = COALESCE(started_at, @at),
         signature = COALESCE(signature, @signature), command = COALESCE(command, @command), category = COALESCE(category, @category)
       WHERE session_id = @session AND id = @id`).run({toolUseId:t.toolUseId,at:t.at,signature:t.signature,command:t.command,category:t.category,session:t.session,id:t.taskId})),t.readsTask&&Pn(e,t.session,t.readsTask,t.toolUseId,t.at,"Bash",!1)}function Zs(e,t){ue(e,t.session,t.taskId),g(e,`UPDATE tasks SET stopped_at = COALESCE(stopped_at, @at), stopped_by = COALESCE(stopped_by, @tool),
       status = CASE WHEN status IN ('running', 'ended') THEN 'killed' ELSE status END
     WHERE session_id = @session AND id = @id`).run({at:t.at,tool:t.tool,session:t.session,id:t.taskId})}function Vs(e,t){if(!t.running)return;for(let r of t.running)ue(e,t.session,r.id),g(e,"UPDATE tasks SET running_at_turn_end = MAX(COALESCE(running_at_turn_end, 0), ?), command = COALESCE(command, ?) WHERE session_id = ? AND id = ?").run(t.at,f(r.command),t.session,r.id);let n=t.running.map(()=>"?").join(",");e.prepare(`UPDATE tasks SET status = 'ended', finished_at = COALESCE(finished_at, ?)
     WHERE session_id = ? AND status = 'running' AND started_at <= ?${t.running.length?` AND id NOT IN (${n})`:""}`).run(t.at,t.session,t.at,...t.running.map(r=>r.id))}function Ne(e,t,n,r){n&&g(e,`INSERT OR IGNORE INTO advice (event_id, session_id, prompt_id, tool_use_id, at, hook, kind, signature, text, chars, deferred)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(t.id,t.session,f(t.promptId),f(n.toolUseId),t.at,t.hook,n.kind,f(n.signature),n.text,n.text.length,n.deferred?1:0);for(let o of r)g(e,"INSERT OR IGNORE INTO claims (session_id, key, at) VALUES (?, ?, ?)").run(t.session,o,t.at)}function Un(e){return{toolUseId:e.toolUseId,session:e.session,promptId:f(e.promptId),messageId:f(e.messageId),project:f(e.project),projectId:f(e.projectId),at:e.at,signature:e.signature,command:e.command,verdict:e.verdict,category:e.category,estimateS:e.estimateS,estimateSource:e.estimateSource,timeoutMs:f(e.timeoutMs),requested:Mn(e.requestedBackground),thresholdMs:e.thresholdMs,backfilled:e.backfilled?1:0}}function Qs(e,t){g(e,`INSERT INTO sessions (id, project, project_id, developer, machine, cwd, started_at, generation)
       VALUES (@id, @project, @projectId, @developer, @machine, @cwd, @at, @generation)
     ON CONFLICT (id) DO UPDATE SET
       project = COALESCE(sessions.project, excluded.project),
       project_id = COALESCE(sessions.project_id, excluded.project_id),
       developer = COALESCE(sessions.developer, excluded.developer),
       machine = COALESCE(sessions.machine, excluded.machine),
       cwd = COALESCE(sessions.cwd, excluded.cwd),
       started_at = MIN(COALESCE(sessions.started_at, excluded.started_at), excluded.started_at),
       generation = COALESCE(sessions.generation, excluded.generation)`).run({id:t.session,project:f(t.project),projectId:f(t.projectId),developer:f(t.developer),machine:f(t.machine),cwd:f(t.cwd),at:t.at,generation:f(t.generation)})}function ue(e,t,n){g(e,"INSERT OR IGNORE INTO tasks (session_id, id) VALUES (?, ?)").run(t,n)}var ei=new Set(["completed","failed","killed"]);function Pn(e,t,n,r,o,s,i,a,c){ue(e,t,n),g(e,"INSERT OR IGNORE INTO task_checks (tool_use_id, session_id, task_id, at, tool, blocking, status_seen) VALUES (?, ?, ?, ?, ?, ?, ?)").run(r,t,n,o,s,i?1:0,f(a)),a&&ei.has(a)&&g(e,`UPDATE tasks SET status = CASE WHEN status = 'killed' THEN status ELSE @status END,
         finished_at = COALESCE(finished_at, @at), exit_code = COALESCE(@exit, exit_code)
       WHERE session_id = @session AND id = @id`).run({status:a,at:o,exit:f(c),session:t,id:n})}var ce=require("node:fs"),Gr=require("node:path");var re=require("node:fs"),Hn=require("node:os"),M=require("node:path");function Se(e=process.env){let n=(e.XDG_RUNTIME_DIR&&(0,M.isAbsolute)(e.XDG_RUNTIME_DIR)?e.XDG_RUNTIME_DIR:void 0)||(e.TMPDIR&&(0,M.isAbsolute)(e.TMPDIR)?e.TMPDIR:(0,Hn.tmpdir)());return(0,M.join)(n,`bgtelemetry-${process.getuid?.()??"user"}`)}function ti(e=process.env){return(0,M.join)(Se(e),Q((0,M.resolve)(_(e))))}function ni(e){let t;try{t=(0,re.lstatSync)(e)}catch{return null}if(t.isSymbolicLink())return`${e} is a symbolic link`;if(!t.isDirectory())return`${e} is not a directory`;let n=process.getuid?.();return n!==void 0&&t.uid!==n?`${e} belongs to another user (uid ${t.uid})`:(t.mode&63)!==0?`${e} can be entered by other users (mode ${(t.mode&511).toString(8)})`:null}function lt(e=process.env,t=!1){let n=Se(e);try{t&&(0,re.mkdirSync)(n,{mode:448})}catch(r){if(r.code!=="EEXIST")return null}if(ni(n))return null;try{let r=ti(e);return t?(0,re.mkdirSync)(r,{recursive:!0,mode:448}):(0,re.lstatSync)(r),r}catch{return null}}function pt(e){return(0,M.join)(e,"spool")}var y=require("node:fs"),F=require("node:path");var Et=64,ri=16*1024*1024;function oi(e){return JSON.parse(j(e,ri).toString("utf8"))}function Gn(e){return e.replace(/[^A-Za-z0-9_-]/g,"_").slice(0,80)}function si(e){let t="toolUseId"in e?Gn(e.toolUseId):"";return`${String(e.at).padStart(14,"0")}-${e.kind}-${t}-${Gn(e.id).slice(-24)}-${process.pid}.json`}var ii=2e4,le=class extends Error{};function ye(e,t,n=ii){if((0,y.mkdirSync)(e,{recursive:!0,mode:448}),(0,y.readdirSync)(e).length>=n)throw new le(`the spool ${e} holds ${n} events already`);let r=si(t),o=(0,F.join)(e,`.${r}.tmp`);try{(0,y.writeFileSync)(o,JSON.stringify(t),{mode:384}),(0,y.renameSync)(o,(0,F.join)(e,r))}catch(s){try{(0,y.rmSync)(o,{force:!0})}catch{}throw s}}function jn(e){try{return(0,y.readdirSync)(e).filter(t=>t.endsWith(".json")&&!t.startsWith(".")).sort()}catch{return[]}}function pe(e,t,n=1/0,r){let o=jn(t),s={applied:0,duplicates:0,bad:0,left:0};for(let i=0;i<o.length;i+=Et){if(Date.now()>n){s.left=o.length-i;break}let a=[];for(let c of o.slice(i,i+Et))try{a.push({file:c,event:oi((0,F.join)(t,c))})}catch(u){if(u.code==="ENOENT")continue;(0,y.mkdirSync)((0,F.join)(t,"bad"),{recursive:!0,mode:448});try{(0,y.renameSync)((0,F.join)(t,c),(0,F.join)(t,"bad",c))}catch{}s.bad++}e.transaction(()=>{for(let{event:c}of a){if(!be(e,c)){s.duplicates++;continue}s.applied++,(c.advice||c.claims)&&Ne(e,c,c.advice,c.claims??[])}}).immediate();for(let{file:c}of a)(0,y.rmSync)((0,F.join)(t,c),{force:!0});r?.(Math.min(i+Et,o.length),o.length)}return s}var ai="data-dir-unusable";function Fn(e,t,n,r){let o=n?.message??String(n),s=lt(r,!0);try{if(!s)throw new Error(`no private directory could be made at ${Se(r)}`);let i=pt(s);ye(i,e),ot([_(r),s],"spool",ai,`${t} cannot be written (${o}); events are kept in ${i} until it can (run bgtelemetry doctor)`)}catch(i){b("spool",`could not spool ${e.kind} ${e.id}: ${o}; nor in the fallback: ${i.message}`,r)}}function ci(e){let t=lt(e,!1);return t?pt(t):null}function ft(e,t,n=1/0,r){let o=ci(t);return o?pe(e,o,n,r):null}var N=require("node:fs"),Mr=require("node:module"),Ur=require("node:path");var oe=require("node:fs"),B=require("node:path"),ke="better-sqlite3",di={x64:"x86_64",arm64:"aarch64"};function ui(){if(!(0,oe.existsSync)(`/lib/ld-musl-${di[process.arch]??process.arch}.so.1`))return!1;try{return/\/ld-musl-[^/\s]*\.so/.test((0,oe.readFileSync)("/proc/self/maps","latin1"))}catch{return!1}}function Xn(e=process.platform,t=process.arch){return`${e==="linux"&&ui()?"linuxmusl":e}-${t}`}function Bn(e){let t=(0,B.join)(e,"build","Release","better_sqlite3.node");if((0,oe.existsSync)(t))return t;let n=(0,B.join)(e,"prebuilds",`${Xn()}.node`);return(0,oe.existsSync)(n)?n:void 0}function li(e){if(!e)return[];let t=(0,B.join)(e,"..","..");return[(0,B.join)(t,"node_modules",ke),(0,B.join)(t,"..",ke)]}var Wn=22;function mt(e=process.version){return Number(e.replace(/^v/,"").split(".")[0])<Wn?`Node ${e} is too old: bgtelemetry needs Node ${Wn} or newer`:void 0}function pi(e,t=typeof require=="function"?require.resolve:void 0){let n=li(e);for(let r of n){let o=Bn(r);if(o)return{path:o}}try{if(t){let r=(0,B.dirname)(t(`${ke}/package.json`)),o=Bn(r);if(o)return{path:o};n.push(r)}}catch{}return{error:`no ${ke} native addon (${Xn()}) found in ${n.join(", ")||"any node_modules"}`}}function qn(e){let t=mt();if(t)return{error:t};let{path:n,error:r}=pi(e);if(!n)return{error:r};try{let o={exports:{}};return process.dlopen(o,n),{addon:o.exports,path:n}}catch(o){return{path:n,error:Ei(n,o.message)}}}function Ei(e,t,n=process.version){return`${e} does not load on Node ${n} (${process.platform}-${process.arch}): ${t}`}var Ee;function ht(){if(Ee!==void 0)return Ee;process.removeAllListeners("warning");try{Ee=process.getBuiltinModule("node:sqlite")??null}catch{Ee=null}return Ee}var _t=class{constructor(t){this.statement=t;t.setAllowUnknownNamedParameters?.(!0)}statement;plucked=!1;run(...t){return this.statement.run(...xe(t))}get(...t){let n=this.statement.get(...xe(t));return this.plucked&&n?gt(n):n}all(...t){let n=this.statement.all(...xe(t));return this.plucked?n.map(gt):n}*iterate(...t){for(let n of this.statement.iterate(...xe(t)))yield this.plucked?gt(n):n}pluck(t=!0){return this.plucked=t,this}};function xe(e){return e.some(Array.isArray)?e.flat():e}function gt(e){for(let t in e)return e[t]}var Ae=class e{constructor(t){this.db=t}db;depth=0;closed=!1;static connect(t,{busyTimeoutMs:n,readonly:r}){let o=ht();if(!o)throw new Error("node:sqlite is not available in this Node");let s=new e(new o.DatabaseSync(t,{readOnly:r}));return s.db.exec(`PRAGMA busy_timeout = ${Math.max(0,Math.floor(n))}`),s}get open(){return!this.closed}get inTransaction(){return this.db.isTransaction??this.depth>0}prepare(t){return new _t(this.db.prepare(t))}exec(t){return this.db.exec(t),this}pragma(t,n={}){let r=this.prepare(`PRAGMA ${t}`);return n.simple?r.pluck().get():r.all()}transaction(t){let n=r=>()=>this.inside(r,t);return Object.assign(n("BEGIN"),{deferred:n("BEGIN DEFERRED"),immediate:n("BEGIN IMMEDIATE")})}inside(t,n){let r=this.depth>0,o=`bgt_${this.depth}`;this.db.exec(r?`SAVEPOINT ${o}`:t),this.depth++;try{let s=n();return this.db.exec(r?`RELEASE ${o}`:"COMMIT"),s}catch(s){throw this.rollback(r?`ROLLBACK TO ${o}; RELEASE ${o}`:"ROLLBACK"),s}finally{this.depth--}}rollback(t){try{this.db.exec(t)}catch{}}close(){return this.closed||this.db.close(),this.closed=!0,this}};function fi(e){let t=`replace(${e}, '\\', '/')`;return`replace(${t}, rtrim(${t}, replace(${t}, '/', '')), '')`}var bt=e=>`COALESCE(${e}.project_id, ${fi(`${e}.project`)})`,Kn=e=>`COALESCE((SELECT ${e("b")} FROM bash_calls b WHERE b.session_id = a.session_id AND b.tool_use_id = a.tool_use_id), (SELECT ${e("s")} FROM sessions s WHERE s.id = a.session_id))`,zn='event_id, session_id, at, shown, kind, signature, project, project_id, followed, "right", call_fg_ms',Yn=e=>`
    SELECT a.event_id, a.session_id, a.at,
      CASE WHEN a.deferred = 0 OR a.delivered_at IS NOT NULL THEN 1 ELSE 0 END,
      a.kind, a.signature, ${Kn(t=>`${t}.project`)}, ${Kn(bt)}, a.followed, a."right",
      (SELECT CASE WHEN COALESCE(b.background, 0) <> 1 THEN b.duration_ms END FROM bash_calls b WHERE b.session_id = a.session_id AND b.tool_use_id = a.tool_use_id)
    FROM advice_outcomes a WHERE ${e}`,I=(e,t)=>`
    DELETE FROM advice_facts WHERE event_id IN (SELECT a.event_id FROM advice a WHERE a.session_id = ${e} AND (${t}));
    INSERT INTO advice_facts (${zn}) ${Yn(`a.session_id = ${e} AND (${t})`)};`,Re=(e,t="IS")=>`a.tool_use_id = ${e}.tool_use_id OR (${e}.background = 1 AND a.prompt_id ${t} ${e}.prompt_id AND a.at < ${e}.started_at)`,Tt=e=>`a.tool_use_id IN (SELECT c.tool_use_id FROM bash_calls c WHERE c.session_id = ${e}.session_id AND c.task_id = ${e}.id)`,Jn=`
  CREATE TABLE advice_facts (
    event_id TEXT PRIMARY KEY,
    session_id TEXT NOT NULL,
    at INTEGER NOT NULL,
    shown INTEGER NOT NULL,
    kind TEXT NOT NULL,
    signature TEXT,
    project TEXT,
    project_id TEXT,
    followed INTEGER,
    "right" INTEGER,
    call_fg_ms INTEGER
  ) WITHOUT ROWID;
  -- Covers the report's reads (a range of time), so that no advice row is looked up.
  CREATE INDEX advice_facts_by_time ON advice_facts(at, shown, session_id, kind, signature, followed, "right", project, project_id, call_fg_ms);
  -- The call triggers find the earlier advice of a prompt.
  CREATE INDEX advice_by_prompt ON advice(session_id, prompt_id, at);
  INSERT INTO advice_facts (${zn}) ${Yn("TRUE")};

  CREATE TRIGGER advice_facts_advice_insert AFTER INSERT ON advice BEGIN${I("NEW.session_id","a.event_id = NEW.event_id")}
  END;
  CREATE TRIGGER advice_facts_advice_update AFTER UPDATE ON advice BEGIN
    DELETE FROM advice_facts WHERE event_id = OLD.event_id;${I("NEW.session_id","a.event_id = NEW.event_id")}
  END;
  CREATE TRIGGER advice_facts_advice_delete AFTER DELETE ON advice BEGIN
    DELETE FROM advice_facts WHERE event_id = OLD.event_id;
  END;
  CREATE TRIGGER advice_facts_call_insert AFTER INSERT ON bash_calls BEGIN${I("NEW.session_id",Re("NEW"))}
  END;
  CREATE TRIGGER advice_facts_call_update AFTER UPDATE ON bash_calls BEGIN${I("OLD.session_id",`${Re("OLD")} OR ${Re("NEW")}`)}
  END;
  CREATE TRIGGER advice_facts_call_delete AFTER DELETE ON bash_calls BEGIN${I("OLD.session_id",Re("OLD"))}
  END;
  CREATE TRIGGER advice_facts_task_insert AFTER INSERT ON tasks BEGIN${I("NEW.session_id",Tt("NEW"))}
  END;
  CREATE TRIGGER advice_facts_task_update AFTER UPDATE ON tasks BEGIN${I("NEW.session_id",Tt("NEW"))}
  END;
  CREATE TRIGGER advice_facts_task_delete AFTER DELETE ON tasks BEGIN${I("OLD.session_id",Tt("OLD"))}
  END;
  CREATE TRIGGER advice_facts_session_insert AFTER INSERT ON sessions BEGIN${I("NEW.id","TRUE")}
  END;
  CREATE TRIGGER advice_facts_session_update AFTER UPDATE OF project, project_id ON sessions
    WHEN OLD.project IS NOT NEW.project OR OLD.project_id IS NOT NEW.project_id BEGIN${I("NEW.id","TRUE")}
  END;
  CREATE TRIGGER advice_facts_session_delete AFTER DELETE ON sessions BEGIN${I("OLD.id","TRUE")}
  END;
`;var Z={call_session_hours:["hour","session_id","project","project_id","backfilled","slow","background","timed_out"],call_signature_hours:["hour","signature","backfilled","slow","background","timed_out"]},mi={hour:"INTEGER NOT NULL",session_id:"TEXT NOT NULL",project:"TEXT",project_id:"TEXT",signature:"TEXT",backfilled:"INTEGER NOT NULL",slow:"INTEGER NOT NULL",background:"INTEGER",timed_out:"INTEGER NOT NULL"},fe=(e,t,n="IS")=>Z[e].map(r=>`${e}.${r} ${r==="hour"||r==="session_id"?"=":n} ${t}.${r}`).join(" AND "),Oe=e=>Z[e].join(", "),gi=(e,t)=>Z[e].map(n=>`${t}.${n}`).join(", "),Zn=(e,t)=>`
    INSERT INTO ${e} (${Oe(e)}, n, ms) SELECT ${gi(e,t)}, 0, 0 WHERE NOT EXISTS (SELECT 1 FROM ${e} WHERE ${fe(e,t)});
    UPDATE ${e} SET n = n + ${t}.n, ms = ms + ${t}.ms WHERE ${fe(e,t)};`,Vn=(e,t)=>`
    UPDATE ${e} SET n = n - ${t}.n, ms = ms - ${t}.ms WHERE ${fe(e,t)};
    DELETE FROM ${e} WHERE n = 0 AND ${fe(e,t)};`,_i=e=>`
    UPDATE ${e} SET n = n + NEW.n - OLD.n, ms = ms + NEW.ms - OLD.ms WHERE ${fe(e,"NEW")};`,se=Object.keys(Z),hi=[...new Set(se.flatMap(e=>Z[e]))],Qn=hi.map(e=>`OLD.${e} IS NEW.${e}`).join(" AND "),er=`${se.map(e=>`
  CREATE TABLE ${e} (
    ${Z[e].map(t=>`${t} ${mi[t]}`).join(`,
    `)},
    n INTEGER NOT NULL,
    ms INTEGER NOT NULL
  );
  -- Covers the report's read (a range of hours) and the triggers' lookups.
  CREATE INDEX ${e}_by_hour ON ${e}(${Oe(e)}, n, ms);
  INSERT INTO ${e} (${Oe(e)}, n, ms) SELECT ${Oe(e)}, SUM(n), SUM(ms) FROM call_hours GROUP BY ${Z[e].map((t,n)=>n+1).join(", ")};`).join("")}

  CREATE TRIGGER call_rollups_insert AFTER INSERT ON call_hours BEGIN${se.map(e=>Zn(e,"NEW")).join("")}
  END;
  CREATE TRIGGER call_rollups_update AFTER UPDATE ON call_hours WHEN ${Qn} BEGIN${se.map(_i).join("")}
  END;
  CREATE TRIGGER call_rollups_move AFTER UPDATE ON call_hours WHEN NOT (${Qn}) BEGIN${se.map(e=>Vn(e,"OLD")+Zn(e,"NEW")).join("")}
  END;
  CREATE TRIGGER call_rollups_delete AFTER DELETE ON call_hours BEGIN${se.map(e=>Vn(e,"OLD")).join("")}
  END;
`;var Nt=(e,t)=>`(CASE WHEN ${e}.finished_at IS NULL AND ${e}.stopped_at IS NULL THEN ${t}.ended_at WHEN ${e}.finished_at IS NULL THEN ${e}.stopped_at
     WHEN ${e}.stopped_at IS NULL OR ${e}.finished_at < ${e}.stopped_at THEN ${e}.finished_at ELSE ${e}.stopped_at END)`,tr=e=>`COALESCE((SELECT ${e("b")} FROM bash_calls b WHERE b.session_id = t.session_id AND b.tool_use_id = t.tool_use_id), ${e("s")})`,Ie="session_id, id, started_at, ended_at, running, state, ran_ms, signature, command, project, project_id, backfilled",Ti=e=>`
    SELECT t.session_id AS session_id, t.id AS id, t.started_at AS started_at, ${Nt("t","s")} AS ended_at,
      (SELECT COUNT(*) FROM tasks u WHERE u.session_id = t.session_id AND u.started_at <= t.started_at
         AND (u.id = t.id OR ${Nt("u","s")} IS NULL OR ${Nt("u","s")} > t.started_at)) AS running,
      t.state AS state,
      CASE WHEN t.status IN ('completed', 'failed') AND t.finished_at IS NOT NULL THEN
        CASE WHEN t.finished_at > t.started_at THEN t.finished_at - t.started_at ELSE 0 END END AS ran_ms,
      t.signature AS signature, t.command AS command, ${tr(t=>`${t}.project`)} AS project, ${tr(bt)} AS project_id,
      (SELECT b.backfilled FROM bash_calls b WHERE b.session_id = t.session_id AND b.tool_use_id = t.tool_use_id) AS backfilled
    FROM task_states t LEFT JOIN sessions s ON s.id = t.session_id
    WHERE t.started_at IS NOT NULL AND (${e})`,w=(e,t="TRUE")=>`
    DELETE FROM task_facts WHERE session_id = ${e} AND ${t};
    INSERT INTO task_facts (${Ie}) SELECT ${Ie} FROM task_fact_rows WHERE session_id = ${e} AND ${t};`,St=(e,t)=>w(t)+w(e,`${e} IS NOT ${t}`),Le=e=>`(${e}.task_id IS NOT NULL AND EXISTS (SELECT 1 FROM tasks x WHERE x.session_id = ${e}.session_id AND x.tool_use_id = ${e}.tool_use_id))`,bi="OLD.ended_at IS NOT NEW.ended_at OR OLD.project IS NOT NEW.project OR OLD.project_id IS NOT NEW.project_id",Ni="OLD.project IS NOT NEW.project OR OLD.project_id IS NOT NEW.project_id OR OLD.backfilled IS NOT NEW.backfilled OR OLD.tool_use_id IS NOT NEW.tool_use_id OR OLD.session_id IS NOT NEW.session_id",nr=`
  CREATE TABLE task_facts (
    session_id TEXT NOT NULL,
    id TEXT NOT NULL,
    started_at INTEGER NOT NULL,
    ended_at INTEGER,
    running INTEGER NOT NULL,
    state TEXT NOT NULL,
    ran_ms INTEGER,
    signature TEXT,
    command TEXT,
    project TEXT,
    project_id TEXT,
    backfilled INTEGER,
    PRIMARY KEY (session_id, id)
  ) WITHOUT ROWID;
  -- Covers the report's counts over a range (the command is read only for unchecked tasks).
  CREATE INDEX task_facts_by_time ON task_facts(started_at, session_id, state, running, ran_ms, signature, project, project_id, backfilled);
  CREATE VIEW task_fact_rows AS ${Ti("TRUE")};
  INSERT INTO task_facts (${Ie}) SELECT ${Ie} FROM task_fact_rows;

  CREATE TRIGGER task_facts_task_insert AFTER INSERT ON tasks BEGIN${w("NEW.session_id")}
  END;
  CREATE TRIGGER task_facts_task_update AFTER UPDATE ON tasks BEGIN${St("OLD.session_id","NEW.session_id")}
  END;
  CREATE TRIGGER task_facts_task_delete AFTER DELETE ON tasks BEGIN${w("OLD.session_id")}
  END;
  CREATE TRIGGER task_facts_check_insert AFTER INSERT ON task_checks BEGIN${w("NEW.session_id")}
  END;
  CREATE TRIGGER task_facts_check_update AFTER UPDATE ON task_checks BEGIN${St("OLD.session_id","NEW.session_id")}
  END;
  CREATE TRIGGER task_facts_check_delete AFTER DELETE ON task_checks BEGIN${w("OLD.session_id")}
  END;
  CREATE TRIGGER task_facts_session_insert AFTER INSERT ON sessions BEGIN${w("NEW.id")}
  END;
  CREATE TRIGGER task_facts_session_update AFTER UPDATE ON sessions WHEN ${bi} BEGIN${w("NEW.id")}
  END;
  CREATE TRIGGER task_facts_session_delete AFTER DELETE ON sessions BEGIN${w("OLD.id")}
  END;
  CREATE TRIGGER task_facts_call_insert AFTER INSERT ON bash_calls WHEN ${Le("NEW")} BEGIN${w("NEW.session_id")}
  END;
  CREATE TRIGGER task_facts_call_update AFTER UPDATE ON bash_calls WHEN (${Ni}) AND (${Le("OLD")} OR ${Le("NEW")}) BEGIN${St("OLD.session_id","NEW.session_id")}
  END;
  CREATE TRIGGER task_facts_call_delete AFTER DELETE ON bash_calls WHEN ${Le("OLD")} BEGIN${w("OLD.session_id")}
  END;
`;var De=e=>({hour:`COALESCE(${e}.started_at, ${e}.ended_at) / 3600000`,session_id:`${e}.session_id`,project:`${e}.project`,project_id:`${e}.project_id`,signature:`${e}.signature`,backfilled:`${e}.backfilled`,slow:`(CASE WHEN ${e}.verdict IN ('suggest-background', 'must-background') OR COALESCE(${e}.duration_ms, 0) >= ${e}.threshold_ms THEN 1 ELSE 0 END)`,background:`${e}.background`,timed_out:`(CASE WHEN ${e}.outcome = 'timed-out' OR ${e}.background_reason = 'timeout' THEN 1 ELSE 0 END)`}),yt=Object.keys(De("x")),we=e=>Object.entries(De(e)).map(([t,n])=>`call_hours.${t} IS ${n}`).join(" AND "),Ce=e=>`COALESCE(${e}.started_at, ${e}.ended_at) IS NOT NULL`,rr=e=>`
    INSERT INTO call_hours (${yt.join(", ")}, n, ms)
      SELECT ${Object.values(De(e)).join(", ")}, 0, 0 WHERE ${Ce(e)} AND NOT EXISTS (SELECT 1 FROM call_hours WHERE ${we(e)});
    UPDATE call_hours SET n = n + 1, ms = ms + COALESCE(${e}.duration_ms, 0) WHERE ${Ce(e)} AND ${we(e)};`,or=e=>`
    UPDATE call_hours SET n = n - 1, ms = ms - COALESCE(${e}.duration_ms, 0) WHERE ${Ce(e)} AND ${we(e)};
    DELETE FROM call_hours WHERE n = 0 AND ${we(e)};`,sr=e=>`
    INSERT INTO hook_hours (hour, wall_ms, n) VALUES (${e}.at / 3600000, ${e}.wall_ms, 1)
      ON CONFLICT (hour, wall_ms) DO UPDATE SET n = n + 1;`,ir=e=>`
    UPDATE hook_hours SET n = n - 1 WHERE hour = ${e}.at / 3600000 AND wall_ms = ${e}.wall_ms;
    DELETE FROM hook_hours WHERE n = 0 AND hour = ${e}.at / 3600000 AND wall_ms = ${e}.wall_ms;`,ar=`
  CREATE TABLE call_hours (
    hour INTEGER NOT NULL,
    session_id TEXT NOT NULL,
    project TEXT,
    project_id TEXT,
    signature TEXT,
    backfilled INTEGER NOT NULL,
    slow INTEGER NOT NULL,
    background INTEGER,
    timed_out INTEGER NOT NULL,
    n INTEGER NOT NULL,
    ms INTEGER NOT NULL
  );
  -- Covers the report's read (a range of hours) and the triggers' lookups.
  CREATE INDEX call_hours_by_hour ON call_hours(hour, session_id, signature, project, project_id, backfilled, slow, background, timed_out, n, ms);
  INSERT INTO call_hours (${yt.join(", ")}, n, ms)
    SELECT ${Object.values(De("b")).join(", ")}, COUNT(*), COALESCE(SUM(b.duration_ms), 0)
    FROM bash_calls b WHERE ${Ce("b")}
    GROUP BY ${yt.map((e,t)=>t+1).join(", ")};

  CREATE TABLE hook_hours (
    hour INTEGER NOT NULL,
    wall_ms REAL NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (hour, wall_ms)
  ) WITHOUT ROWID;
  INSERT INTO hook_hours (hour, wall_ms, n) SELECT at / 3600000, wall_ms, COUNT(*) FROM hook_runs GROUP BY 1, 2;

  CREATE TRIGGER call_hours_insert AFTER INSERT ON bash_calls BEGIN${rr("NEW")}
  END;
  CREATE TRIGGER call_hours_update AFTER UPDATE ON bash_calls BEGIN${or("OLD")}${rr("NEW")}
  END;
  CREATE TRIGGER call_hours_delete AFTER DELETE ON bash_calls BEGIN${or("OLD")}
  END;
  CREATE TRIGGER hook_hours_insert AFTER INSERT ON hook_runs BEGIN${sr("NEW")}
  END;
  CREATE TRIGGER hook_hours_update AFTER UPDATE OF at, wall_ms ON hook_runs BEGIN${ir("OLD")}${sr("NEW")}
  END;
  CREATE TRIGGER hook_hours_delete AFTER DELETE ON hook_runs BEGIN${ir("OLD")}
  END;
`;var cr=`CREATE VIEW task_states AS
  SELECT t.*,
    (SELECT COUNT(*) FROM task_checks c WHERE c.session_id = t.session_id AND c.task_id = t.id) AS checks,
    CASE
      WHEN t.stopped_at IS NOT NULL THEN 'stopped'
      WHEN EXISTS (SELECT 1 FROM task_checks c WHERE c.session_id = t.session_id AND c.task_id = t.id) THEN 'checked'
      WHEN t.status IN ('completed', 'failed', 'ended') THEN 'unchecked-finished'
      WHEN s.ended_at IS NOT NULL THEN 'orphaned'
      ELSE 'unchecked-running'
    END AS state
  FROM tasks t LEFT JOIN sessions s ON s.id = t.session_id;`,dr=`prompt_id TEXT,
    message_id TEXT,
    project TEXT,
    started_at INTEGER,
    ended_at INTEGER,
    signature TEXT,
    command TEXT,
    verdict TEXT,
    category TEXT,
    estimate_s REAL,
    estimate_source TEXT,
    timeout_ms INTEGER,
    requested_background INTEGER,
    background INTEGER,
    background_reason TEXT,
    outcome TEXT,
    exit_code INTEGER,
    duration_ms INTEGER,
    duration_source TEXT,
    task_id TEXT,
    threshold_ms INTEGER`,me=[{cost:"cheap",sql:`
  CREATE TABLE applied_events (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    at INTEGER NOT NULL
  ) WITHOUT ROWID;

  CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    project TEXT,
    cwd TEXT,
    started_at INTEGER,
    ended_at INTEGER,
    end_reason TEXT,
    generation TEXT,
    source TEXT
  );

  CREATE TABLE prompts (
    id TEXT PRIMARY KEY,
    session_id TEXT NOT NULL,
    at INTEGER NOT NULL,
    kind TEXT NOT NULL,
    intents TEXT NOT NULL DEFAULT '',
    chars INTEGER NOT NULL DEFAULT 0
  );
  CREATE INDEX prompts_by_session ON prompts(session_id, at);

  CREATE TABLE bash_calls (
    tool_use_id TEXT PRIMARY KEY,
    session_id TEXT NOT NULL,
    ${dr}
  );
  CREATE INDEX bash_calls_by_session ON bash_calls(session_id, started_at);
  CREATE INDEX bash_calls_by_signature ON bash_calls(project, signature, ended_at);
  CREATE INDEX bash_calls_by_time ON bash_calls(started_at);

  CREATE TABLE tasks (
    session_id TEXT NOT NULL,
    id TEXT NOT NULL,
    tool_use_id TEXT,
    started_at INTEGER,
    signature TEXT,
    command TEXT,
    category TEXT,
    status TEXT NOT NULL DEFAULT 'running',
    exit_code INTEGER,
    finished_at INTEGER,
    notified_at INTEGER,
    stopped_at INTEGER,
    stopped_by TEXT,
    running_at_turn_end INTEGER,
    PRIMARY KEY (session_id, id)
  ) WITHOUT ROWID;

  CREATE TABLE task_checks (
    tool_use_id TEXT PRIMARY KEY,
    session_id TEXT NOT NULL,
    task_id TEXT NOT NULL,
    at INTEGER NOT NULL,
    tool TEXT NOT NULL,
    blocking INTEGER NOT NULL DEFAULT 0,
    status_seen TEXT
  );
  CREATE INDEX task_checks_by_task ON task_checks(session_id, task_id, at);

  CREATE TABLE advice (
    event_id TEXT PRIMARY KEY,
    session_id TEXT NOT NULL,
    prompt_id TEXT,
    tool_use_id TEXT,
    at INTEGER NOT NULL,
    hook TEXT NOT NULL,
    kind TEXT NOT NULL,
    signature TEXT,
    text TEXT NOT NULL,
    chars INTEGER NOT NULL,
    deferred INTEGER NOT NULL DEFAULT 0,
    delivered_at INTEGER
  ) WITHOUT ROWID;
  CREATE INDEX advice_by_session ON advice(session_id, at);
  CREATE INDEX advice_by_call ON advice(tool_use_id);

  CREATE TABLE claims (
    session_id TEXT NOT NULL,
    key TEXT NOT NULL,
    at INTEGER NOT NULL,
    PRIMARY KEY (session_id, key)
  ) WITHOUT ROWID;

  CREATE TABLE hook_runs (
    event_id TEXT PRIMARY KEY,
    hook TEXT NOT NULL,
    at INTEGER NOT NULL,
    wall_ms REAL NOT NULL
  ) WITHOUT ROWID;
  CREATE INDEX hook_runs_by_time ON hook_runs(at);

  -- Derived, never stored: a task's state as reports name it (docs/telemetry.md).
  ${cr}

  -- Derived: whether advice about a command was followed (it, or its signature, next ran in
  -- the background in the same prompt) and right (it took the threshold or longer, or never ended).
  CREATE VIEW advice_outcomes AS
  SELECT a.*,
    CASE WHEN a.kind IN ('slow-foreground', 'never-ends', 'parallel') THEN
      EXISTS (SELECT 1 FROM bash_calls n
              WHERE n.session_id = a.session_id AND n.prompt_id IS a.prompt_id AND n.started_at > a.at AND n.background = 1
                AND (n.signature = a.signature OR a.kind = 'parallel'))
    END AS followed,
    CASE WHEN a.kind IN ('slow-foreground', 'never-ends', 'auto-background', 'enforce-deny') THEN
      (SELECT CASE
                WHEN c.outcome = 'timed-out' THEN 1
                WHEN c.background = 1 AND t.finished_at IS NOT NULL AND t.status IN ('completed', 'failed') THEN (t.finished_at - t.started_at) >= c.threshold_ms
                WHEN c.background = 1 THEN NULL
                WHEN c.duration_ms IS NULL THEN NULL
                ELSE c.duration_ms >= c.threshold_ms
              END
       FROM bash_calls c LEFT JOIN tasks t ON t.session_id = c.session_id AND t.id = c.task_id
       WHERE c.tool_use_id = a.tool_use_id)
    END AS right
  FROM advice a;
  `},{cost:"cheap",sql:`
  -- Hook overhead percentiles read (at, wall_ms) from the index alone, without a lookup per run.
  CREATE INDEX hook_runs_by_time_wall ON hook_runs(at, wall_ms);
  CREATE INDEX advice_by_time ON advice(at);
  CREATE INDEX tasks_by_time ON tasks(started_at);
  -- advice_outcomes.followed looks for a later background call of the same prompt.
  CREATE INDEX bash_calls_by_prompt ON bash_calls(session_id, prompt_id, background, started_at);
  `},{cost:"cheap",sql:`
  CREATE INDEX tasks_by_signature ON tasks(signature, finished_at);
  `},{cost:"heavy",sql:`
  DROP VIEW task_states;
  DROP VIEW advice_outcomes;

  CREATE TABLE prompts_v4 (
    id TEXT NOT NULL,
    session_id TEXT NOT NULL,
    at INTEGER NOT NULL,
    kind TEXT NOT NULL,
    intents TEXT NOT NULL DEFAULT '',
    chars INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (session_id, id)
  );
  INSERT INTO prompts_v4 (id, session_id, at, kind, intents, chars) SELECT id, session_id, at, kind, intents, chars FROM prompts;
  DROP TABLE prompts;
  ALTER TABLE prompts_v4 RENAME TO prompts;
  CREATE INDEX prompts_by_session ON prompts(session_id, at);

  CREATE TABLE bash_calls_v4 (
    tool_use_id TEXT NOT NULL,
    session_id TEXT NOT NULL,
    ${dr},
    PRIMARY KEY (session_id, tool_use_id)
  );
  INSERT INTO bash_calls_v4 SELECT
    tool_use_id, session_id, prompt_id, message_id, project, started_at, ended_at, signature, command, verdict, category,
    estimate_s, estimate_source, timeout_ms, requested_background, background, background_reason, outcome, exit_code,
    duration_ms, duration_source, task_id, threshold_ms
  FROM bash_calls;
  DROP TABLE bash_calls;
  ALTER TABLE bash_calls_v4 RENAME TO bash_calls;
  CREATE INDEX bash_calls_by_session ON bash_calls(session_id, started_at);
  CREATE INDEX bash_calls_by_signature ON bash_calls(project, signature, ended_at);
  CREATE INDEX bash_calls_by_time ON bash_calls(started_at);
  CREATE INDEX bash_calls_by_prompt ON bash_calls(session_id, prompt_id, background, started_at);

  CREATE TABLE task_checks_v4 (
    tool_use_id TEXT NOT NULL,
    session_id TEXT NOT NULL,
    task_id TEXT NOT NULL,
    at INTEGER NOT NULL,
    tool TEXT NOT NULL,
    blocking INTEGER NOT NULL DEFAULT 0,
    status_seen TEXT,
    PRIMARY KEY (session_id, tool_use_id)
  );
  INSERT INTO task_checks_v4 SELECT tool_use_id, session_id, task_id, at, tool, blocking, status_seen FROM task_checks;
  DROP TABLE task_checks;
  ALTER TABLE task_checks_v4 RENAME TO task_checks;
  CREATE INDEX task_checks_by_task ON task_checks(session_id, task_id, at);

  DROP INDEX advice_by_call;
  CREATE INDEX advice_by_call ON advice(session_id, tool_use_id);

  ${cr}

  CREATE VIEW advice_outcomes AS
  SELECT a.*,
    CASE WHEN a.kind IN ('slow-foreground', 'never-ends', 'parallel') THEN
      EXISTS (SELECT 1 FROM bash_calls n
              WHERE n.session_id = a.session_id AND n.prompt_id IS a.prompt_id AND n.started_at > a.at AND n.background = 1
                AND (n.signature = a.signature OR a.kind = 'parallel'))
    END AS followed,
    CASE WHEN a.kind IN ('slow-foreground', 'never-ends', 'auto-background', 'enforce-deny') THEN
      (SELECT CASE
                WHEN c.outcome = 'timed-out' THEN 1
                WHEN c.background = 1 AND t.finished_at IS NOT NULL AND t.status IN ('completed', 'failed') THEN (t.finished_at - t.started_at) >= c.threshold_ms
                WHEN c.background = 1 THEN NULL
                WHEN c.duration_ms IS NULL THEN NULL
                ELSE c.duration_ms >= c.threshold_ms
              END
       FROM bash_calls c LEFT JOIN tasks t ON t.session_id = c.session_id AND t.id = c.task_id
       WHERE c.session_id = a.session_id AND c.tool_use_id = a.tool_use_id)
    END AS right
  FROM advice a;
  `},{cost:"cheap",sql:`
  ALTER TABLE bash_calls ADD COLUMN backfilled INTEGER NOT NULL DEFAULT 0;
  CREATE INDEX bash_calls_by_tool_use ON bash_calls(tool_use_id);
  CREATE INDEX task_checks_by_tool_use ON task_checks(tool_use_id);
  `},{cost:"cheap",sql:`
  ALTER TABLE sessions ADD COLUMN developer TEXT;
  ALTER TABLE sessions ADD COLUMN machine TEXT;
  ALTER TABLE sessions ADD COLUMN project_id TEXT;
  ALTER TABLE bash_calls ADD COLUMN project_id TEXT;
  `},{cost:"heavy",sql:ar},{cost:"heavy",sql:Jn},{cost:"heavy",sql:er},{cost:"heavy",sql:nr}],V=me.length;var Yi={},k=class extends Error{constructor(n,r){super(r);this.kind=n}kind},je;function Pi(){if(typeof __dirname=="string"){if(je??=qn(__dirname),!je.addon)throw new k("binding",je.error??"the SQLite binding did not load");return je.addon}}var Hi={5:"SQLITE_BUSY",6:"SQLITE_LOCKED",11:"SQLITE_CORRUPT",26:"SQLITE_NOTADB"};function Gi(e){let{code:t="",errcode:n}=e??{};return t==="ERR_SQLITE_ERROR"&&typeof n=="number"?Hi[n&255]??`SQLITE_ERROR_${n}`:t}function ae(e){if(e instanceof k)return e;let t=Gi(e),n=e?.message??String(e);return t==="ERR_DLOPEN_FAILED"||t==="MODULE_NOT_FOUND"&&/better[-_]sqlite3/.test(n)?new k("binding",n):t==="SQLITE_BUSY"||t==="SQLITE_LOCKED"||t.startsWith("SQLITE_BUSY_")?new k("busy",n):t==="SQLITE_NOTADB"||t==="SQLITE_CORRUPT"||t.startsWith("SQLITE_CORRUPT_")?new k("corrupt",n):new k("unavailable",`${t?t+": ":""}${n}`)}function ji(e){let t;try{t=(0,N.statSync)(e).isFile()}catch{return}if(!t)throw new k("unavailable","not a regular file (a FIFO, device or directory): SQLite cannot use it")}function ge(e=process.env){return e.BGTELEMETRY_SQLITE_DRIVER!=="better-sqlite3"&&ht()?"node:sqlite":"better-sqlite3"}var Fi={"node:sqlite":Ae.connect,"better-sqlite3":(e,t)=>qi(e,t)};function Fe(e,t,n=ge()){return Bi(Fi[n],e,t)}function Bi(e,t,n){let r;try{ji(t);let o=n.readonly===!0;return o||((0,N.mkdirSync)((0,Ur.dirname)(t),{recursive:!0,mode:448}),(0,N.existsSync)(t)||Ki(e,t)),r=e(t,{busyTimeoutMs:n.busyTimeoutMs,readonly:o}),r.pragma("synchronous = NORMAL"),Pr(r,{readonly:o,heavy:n.heavyMigrations,onStep:n.onMigration}),r}catch(o){throw r?.close(),ae(o)}}function Wi(){let e=mt();if(e)throw new k("binding",e)}function Xi(){return typeof require=="function"?$r():(0,Mr.createRequire)(Yi.url)("better-sqlite3")}function qi(e,{busyTimeoutMs:t,readonly:n}){Wi();let r=Xi();return new r(e,{timeout:t,readonly:n,fileMustExist:n,nativeBinding:Pi()})}function Ki(e,t){let n=`${t}.${process.pid}.new`;try{let r=e(n,{busyTimeoutMs:0,readonly:!1});try{(0,N.chmodSync)(n,384),Pr(r)}finally{r.close()}try{(0,N.linkSync)(n,t)}catch(o){if(o.code!=="EEXIST"){if((0,N.existsSync)(t))return;(0,N.renameSync)(n,t)}}}finally{for(let r of["","-wal","-shm","-journal"])(0,N.rmSync)(n+r,{force:!0})}}function zi(e){return me.slice(e).some(t=>t.cost==="heavy")}function Pr(e,{readonly:t=!1,heavy:n="run",onStep:r}={}){let o=e.pragma("user_version",{simple:!0});if(o!==V){if(o>V)throw new k("unavailable",`the database has schema version ${o}, newer than this bgtelemetry understands (${V}): upgrade bgtelemetry`);if(t)throw new k("unavailable",`the database has schema version ${o} and needs a migration to ${V}`);if(n==="defer"&&zi(o))throw new k("migrating",`the database has schema version ${o}; its migration to ${V} runs in the background`);e.pragma("journal_mode = WAL"),e.transaction(()=>{for(let s=e.pragma("user_version",{simple:!0});s<V;s++)r?.({from:s,to:s+1,cost:me[s].cost}),e.exec(me[s].sql),e.pragma(`user_version = ${s+1}`)}).immediate()}}function Hr(e,t=new Date){let n=t.toISOString().replace(/[:.]/g,"-"),r=`${e}.corrupt-${n}`;for(let o of["","-wal","-shm"])try{(0,N.renameSync)(e+o,r+o)}catch{}return r}var Ji="migrate.cjs",Zi=600*1e3,nd=600*1e3,Vi=e=>`${e}.migrating`,Qi=e=>`${e}.migration-failed`;function ea(e){try{let t=JSON.parse((0,ce.readFileSync)(Qi(e),"utf8"));return typeof t.at=="number"&&typeof t.message=="string"?t:null}catch{return null}}function jr(e,t,n,r=Date.now()){let o=(0,Gr.join)(n,Ji);if(!(0,ce.existsSync)(o))return"no-migrator";let s=ea(e);if(s&&r-s.at<Zi)return"backing-off";let i=Vi(e);return te(i,r)?(ne(i,process.execPath,[o,e],{env:t}),"started"):"running"}var Ot=require("node:fs");var Be=new Map,Fr=!1;var Br=()=>Fr;function ta(e,t){try{let n=(0,Ot.statSync)(e);return n.dev===t.dev&&n.ino===t.ino&&t.db.open}catch{return!1}}function Lt(e,t,n){if(!Fr)return Fe(e,t,ge(n));let r=Be.get(e);if(r&&ta(e,r))return r.db;r&&It(r.db);let o=Fe(e,t,ge(n)),s=(0,Ot.statSync)(e);return Be.set(e,{db:o,dev:s.dev,ino:s.ino}),o}function It(e){for(let[t,n]of Be)n.db===e&&Be.delete(t);try{e.close()}catch{}}var na=150,ra=120,Wr={busyTimeoutMs:na,heavyMigrations:"defer"},We=class e{constructor(t,n,r,o,s){this.db=t;this.problem=n;this.path=r;this.spool=o;this.env=s}db;problem;path;spool;env;static open(t,n){let r=Te(t,n?.database),o=nt(t),s=new e(null,null,r,o,t);try{s.db=Lt(r,Wr,t)}catch(i){s.problem=ae(i),s.problem.kind==="corrupt"&&s.startAfresh(s.problem),s.problem?.kind==="migrating"&&s.migrateInBackground();let a=s.problem;a?.kind==="binding"?rt("store",`binding-${Q(process.version+a.message)}`,`SQLite cannot be loaded: ${a.message}; events wait in ${o} (run bgtelemetry doctor)`,t):a&&a.kind!=="busy"&&a.kind!=="migrating"&&b("store",`cannot open ${r}: ${a.message}; events go to ${o}`,t)}if(s.db)try{let i=Date.now()+ra;pe(s.db,o,i),ft(s.db,t,i)}catch(i){let a=ae(i);a.kind==="corrupt"?s.startAfresh(a):a.kind!=="busy"&&b("spool",i,t)}return s}migrateInBackground(){if(typeof __dirname=="string")try{jr(this.path,this.env,__dirname)}catch(t){b("store",`could not start the migration of ${this.path}: ${t.message}`,this.env)}}startAfresh(t){this.close(),this.db=null;let n=Hr(this.path);b("store",`${this.path} is not a usable SQLite database (${t.message}); moved it to ${n} and started a new one`,this.env);try{this.db=Lt(this.path,Wr,this.env),this.problem=null}catch(r){this.problem=ae(r)}}write(t,n){let r=t.advice?{advice:t.advice,claims:t.claims??[]}:null;for(let o=0;o<2&&this.db;o++){let s=this.db;try{let i=!1,a=s.transaction(()=>{if(!be(s,t))return null;i=!0;let c=r??n?.(s)??null;if(!c)return null;let u=c.claims[0];return u&&g(s,"SELECT 1 FROM claims WHERE session_id = ? AND key = ?").get(t.session,u)?null:(Ne(s,t,c.advice,c.claims),c.advice)}).immediate();return{stored:!0,applied:i,advice:a}}catch(i){let a=ae(i);if(a.kind==="corrupt"&&o===0){this.startAfresh(a);continue}a.kind!=="busy"&&b("store",`writing ${t.kind}: ${a.message}`,this.env);break}}try{ye(this.spool,t)}catch(o){o instanceof le?rt("spool","spool-full",`${o.message}: newer events are dropped until the database can be written (run bgtelemetry doctor)`,this.env):Fn(t,this.spool,o,this.env)}return{stored:!1,applied:!0,advice:r?.advice??null}}claimed(t,n){if(!this.db)return!1;try{return!!g(this.db,"SELECT 1 FROM claims WHERE session_id = ? AND key = ?").get(t,n)}catch{return!1}}claim(t,n){if(!this.db)return!0;try{return g(this.db,"INSERT OR IGNORE INTO claims (session_id, key, at) VALUES (?, ?, ?)").run(t,n,Date.now()).changes===1}catch{return!0}}read(t,n){if(!this.db)return t;try{return n(this.db)}catch{return t}}done(){!Dn()&&!Br()&&this.close()}close(){this.db&&It(this.db)}};var Eo=require("node:os");var oa=e=>e/2**32|0,sa=e=>e>>>0;function Xr(e,t,n,r){let o=oa(n),s=sa(n);e.setUint32(t,r?s:o,r),e.setUint32(t+4,r?o:s,r)}function qr(e){return e instanceof Uint8Array||ArrayBuffer.isView(e)&&e.constructor.name==="Uint8Array"&&"BYTES_PER_ELEMENT"in e&&e.BYTES_PER_ELEMENT===1}var wt=e=>e?`"${e}" `:"";function ia(e,t=""){if(typeof e!="number")throw new TypeError(wt(t)+"expected number, got "+typeof e);if(!Number.isSafeInteger(e)||e<0)throw new RangeError(wt(t)+"expected integer >= 0, got "+e);return e}function Xe(e,t,n=""){if(qr(e)&&(t===void 0||e.length===t))return e;t!==void 0&&ia(t,"length");let r=qr(e),o=t!==void 0?` of length ${t}`:"",s=r?`length=${e.length}`:`type=${typeof e}`,i=wt(n)+"expected Uint8Array"+o+", got "+s;throw r?new RangeError(i):new TypeError(i)}var aa=(e,t)=>{if(e===null||typeof e!="object"||Array.isArray(e))throw new TypeError((t==="object"?"":`"${t}" `)+"expected object, got type="+typeof e)},Kr=(e,t)=>{aa(e,t);let n=Object.getPrototypeOf(e);if(n!==Object.prototype&&n!==null)throw new TypeError(`"${t}" expected plain object`);if(Object.hasOwn(e,"__proto__"))throw new TypeError(`"${t}.__proto__" is not allowed`)};function Ct(e,t=!0){if(e.destroyed)throw new Error("hash was destroyed");if(t&&e.finished)throw new Error("digest() was already called")}function zr(e,t){Xe(e,void 0,"output");let n=t.outputLen;if(!(e.length>=n))throw new RangeError('"output" expected length >= '+n)}function qe(...e){for(let t=0;t<e.length;t++)e[t].fill(0)}function Ke(e){return new DataView(e.buffer,e.byteOffset,e.byteLength)}function D(e,t){return e<<32-t|e>>>t}var ca=typeof Uint8Array.from([]).toHex=="function"&&typeof Uint8Array.fromHex=="function",da=Array.from({length:256},(e,t)=>t.toString(16).padStart(2,"0"));function Yr(e){if(Xe(e),ca)return e.toHex();let t="";for(let n=0;n<e.length;n++)t+=da[e[n]];return t}function Jr(e){if(typeof e!="string")throw new TypeError("string expected");let t=new TextEncoder().encode(e);try{return new Uint8Array(t)}finally{qe(t)}}function ua(e,t,n="opts"){return Kr(e,"defaults"),t!==void 0&&Kr(t,n),Object.assign(Object.create(null),e,t)}function Zr(e,t={}){if(typeof e!="function")throw new TypeError('"hashCons" expected function, got type='+typeof e);t=ua({},t,"info");let n=(o,s)=>e(s).update(o).digest(),r=e(void 0);return n.outputLen=r.outputLen,n.blockLen=r.blockLen,n.canXOF=r.canXOF,n.create=o=>e(o),Object.assign(n,t),Object.freeze(n)}var Vr=e=>({oid:Uint8Array.from([6,9,96,134,72,1,101,3,4,2,e])});function Qr(e,t,n){return e&t^~e&n}function eo(e,t,n){return e&t^e&n^t&n}var ze=class{blockLen;outputLen;canXOF=!1;padOffset;isLE;buffer;view;finished=!1;length=0;pos=0;destroyed=!1;constructor(t,n,r,o){this.blockLen=t,this.outputLen=n,this.padOffset=r,this.isLE=o,this.buffer=new Uint8Array(t),this.view=Ke(this.buffer)}update(t){Ct(this),Xe(t);let{view:n,buffer:r,blockLen:o}=this,s=t.length,i=!1;for(let a=0;a<s;){let c=Math.min(o-this.pos,s-a);if(c===o){let u=Ke(t);for(;o<=s-a;a+=o)this.process(u,a);i=!0;continue}r.set(a===0&&c===s?t:t.subarray(a,a+c),this.pos),this.pos+=c,a+=c,this.pos===o&&(this.process(n,0),this.pos=0,i=!0)}return this.length+=t.length,i&&this.roundClean(),this}digestInto(t){Ct(this),zr(t,this),this.finished=!0;let{buffer:n,view:r,blockLen:o,isLE:s}=this,{pos:i}=this;n[i++]=128,n.fill(0,i),this.padOffset>o-i&&(this.process(r,0),n.fill(0)),Xr(r,o-8,this.length*8,s),this.process(r,0),this.roundClean();let a=t===n?r:Ke(t),c=this.outputLen,u=c/4,E=this.get();if(c%4||u>E.length)throw new Error("invalid outputLen");for(let d=0;d<u;d++)a.setUint32(4*d,E[d],s)}digest(){let{buffer:t,outputLen:n}=this;this.digestInto(t);let r=t.slice(0,n);return this.destroy(),r}_cloneIntoMeta(t){let{buffer:n,length:r,finished:o,destroyed:s,pos:i}=this;return t.destroyed=s,t.finished=o,t.length=r,t.pos=i,i&&t.buffer.set(n),t}clone(){return this._cloneInto()}},to=Uint32Array.from([1779033703,3144134277,1013904242,2773480762,1359893119,2600822924,528734635,1541459225]);var la=Uint32Array.from([1116352408,1899447441,3049323471,3921009573,961987163,1508970993,2453635748,2870763221,3624381080,310598401,607225278,1426881987,1925078388,2162078206,2614888103,3248222580,3835390401,4022224774,264347078,604807628,770255983,1249150122,1555081692,1996064986,2554220882,2821834349,2952996808,3210313671,3336571891,3584528711,113926993,338241895,666307205,773529912,1294757372,1396182291,1695183700,1986661051,2177026350,2456956037,2730485921,2820302411,3259730800,3345764771,3516065817,3600352804,4094571909,275423344,430227734,506948616,659060556,883997877,958139571,1322822218,1537002063,1747873779,1955562222,2024104815,2227730452,2361852424,2428436474,2756734187,3204031479,3329325298]),X=new Uint32Array(64),Dt=class extends ze{A=0;B=0;C=0;D=0;E=0;F=0;G=0;H=0;constructor(t,n){super(64,t,8,!1),this.A=n[0]|0,this.B=n[1]|0,this.C=n[2]|0,this.D=n[3]|0,this.E=n[4]|0,this.F=n[5]|0,this.G=n[6]|0,this.H=n[7]|0}get(){let{A:t,B:n,C:r,D:o,E:s,F:i,G:a,H:c}=this;return[t,n,r,o,s,i,a,c]}set(t,n,r,o,s,i,a,c){this.A=t|0,this.B=n|0,this.C=r|0,this.D=o|0,this.E=s|0,this.F=i|0,this.G=a|0,this.H=c|0}_cloneInto(t){return(t||=new this.constructor).set(...this.get()),this._cloneIntoMeta(t)}process(t,n){for(let d=0;d<16;d++,n+=4)X[d]=t.getUint32(n,!1);for(let d=16;d<64;d++){let h=X[d-15],l=X[d-2],U=D(h,7)^D(h,18)^h>>>3,P=D(l,17)^D(l,19)^l>>>10;X[d]=P+X[d-7]+U+X[d-16]|0}let{A:r,B:o,C:s,D:i,E:a,F:c,G:u,H:E}=this;for(let d=0;d<64;d++){let h=D(a,6)^D(a,11)^D(a,25),l=E+h+Qr(a,c,u)+la[d]+X[d]|0,P=(D(r,2)^D(r,13)^D(r,22))+eo(r,o,s)|0;E=u,u=c,c=a,a=i+l|0,i=s,s=o,o=r,r=l+P|0}r=r+this.A|0,o=o+this.B|0,s=s+this.C|0,i=i+this.D|0,a=a+this.E|0,c=c+this.F|0,u=u+this.G|0,E=E+this.H|0,this.set(r,o,s,i,a,c,u,E)}roundClean(){qe(X)}destroy(){this.destroyed=!0,this.set(0,0,0,0,0,0,0,0),qe(this.buffer)}},vt=class extends Dt{constructor(){super(32,to)}};var no=Zr(()=>new vt,Vr(1));function pa(e){return Yr(no(Jr(e.trim().toLowerCase()))).slice(0,12)}function ro(e,t){let n=e.name?.trim();if(n)return n;if(t?.trim())return e.hash?pa(t):t.trim().toLowerCase()}var oo=require("node:os"),x=require("node:path");var Ea=256*1024;function $t(e){try{return j(e,Ea).toString("utf8")}catch{return null}}function fa(e){let t="",n=!1;for(let r=0;r<e.length;r++){let o=e[r];if(o==="\\"&&r+1<e.length)t+=e[++r];else if(o==='"')n=!n;else{if(!n&&(o==="#"||o===";"))break;t+=o}}return t.trim()}var ma=/^\[\s*([A-Za-z0-9.-]+)(?:\s+"((?:[^"\\]|\\.)*)")?\s*\]\s*(?:[#;].*)?$/,ga=/^([A-Za-z][A-Za-z0-9-]*)\s*(?:=\s*(.*))?$/;function _a(e,t=new Map){let n;for(let r of e.split(/\r?\n/)){let o=r.trim();if(!o||o.startsWith("#")||o.startsWith(";"))continue;let s=ma.exec(o);if(s){let a=s[2]===void 0?s[1].toLowerCase():`${s[1].toLowerCase()} "${s[2]}"`;n=t.get(a)??new Map,t.set(a,n);continue}let i=ga.exec(o);i&&n&&n.set(i[1].toLowerCase(),i[2]===void 0?"true":fa(i[2]))}return t}function so(e){let t=e.HOME||(0,oo.homedir)();return[(0,x.join)(e.XDG_CONFIG_HOME||(0,x.join)(t,".config"),"git","config"),(0,x.join)(t,".gitconfig")]}function Mt(e){let t=(0,x.join)(e,".git"),n=$t(t);if(n===null)return(0,x.join)(t,"config");let r=/^gitdir:\s*(.+)$/m.exec(n)?.[1]?.trim();if(!r)return null;let o=(0,x.isAbsolute)(r)?r:(0,x.resolve)(e,r),s=$t((0,x.join)(o,"commondir"))?.trim();return(0,x.join)(s?(0,x.resolve)(o,s):o,"config")}function Ye(e){let t=new Map;for(let n of e){let r=n===null?null:$t(n);r!==null&&_a(r,t)}return t}function Ut(e){return e.get("user")?.get("email")||void 0}function Pt(e){let t=e.get('remote "origin"')?.get("url");if(t)return t;for(let[n,r]of e)if(n.startsWith('remote "')&&r.get("url"))return r.get("url")}var q=require("node:fs"),co=require("node:path");function io(e){let{randomBytes:t}=process.getBuiltinModule("node:crypto");return t(e).toString("hex")}var ha=/^[0-9a-f]{16}$/;function Ta(e){return(0,co.join)(_(e),"machine-id")}function ao(e){try{let t=j(e,64).toString("utf8").trim();return ha.test(t)?t:void 0}catch{return}}function uo(e){let t=Ta(e),n=ao(t);if(n)return n;let r=`${t}.${process.pid}.new`;try{(0,q.mkdirSync)(_(e),{recursive:!0,mode:448}),(0,q.writeFileSync)(r,`${io(8)}
`,{mode:384,flag:"wx"})}catch{return}try{(0,q.linkSync)(r,t)}catch{}try{(0,q.rmSync)(r,{force:!0})}catch{}return ao(t)}var lo=require("node:path");var ba=/^([a-z][a-z0-9+.-]*):\/\/(?:[^/?#]*@)?([^/:?#@]+)(?::\d*)?(\/[^?#]*)?/i,Na=/^(?:[^@/]+@)?([^@/:\s]{2,}):(?!\/\/)([^?#]*)$/,Sa=new Set(["file"]);function ya(e){let t=e.trim(),n,r,o=ba.exec(t),s=o?null:Na.exec(t);if(o){if(Sa.has(o[1].toLowerCase()))return;n=o[2],r=o[3]??""}else if(s)n=s[1],r=s[2];else return;let i=r.replace(/\/+$/,"").replace(/\.git$/i,"").replace(/^\/*~?\/*/,"").replace(/\/{2,}/g,"/");if(i)return`${n.toLowerCase().replace(/\.$/,"")}/${i}`}function po(e,t){return(t!==void 0?ya(t):void 0)??((0,lo.basename)(e)||e)}var Ht;function fo(e,t,n){let r=JSON.stringify([e,t,n.HOME,n.XDG_CONFIG_HOME,n.BGTELEMETRY_HOME,n.CLAUDE_CONFIG_DIR]);if(Ht?.key===r)return Ht.identity;let o=Mt(e),s=Ye([o]),i=Ut(s)??Ut(Ye(so(n))),a=uo(n),c={developer:ro(t,i),machine:a&&t.hostname?`${(0,Eo.hostname)()}/${a}`:a,projectId:po(e,Pt(s))};return Ht={key:r,identity:c},c}async function mo(e,t){let n=t.CLAUDE_PROJECT_DIR||e.cwd,{config:r,problems:o}=await Sn(n,t),s=We.open(t,r);if(o.length){let c=`config-problems:${o.join("|").length}:${o[0]}`;s.claim(e.session_id,c)&&b("config",o.join("; "),t)}let i=xn(e.cwd),a=fo(i,r.identity,t);return{env:t,input:e,config:r,project:i,identity:a,generation:fn(e),store:s,now:Date.now(),projectDir:n}}function Gt(e){return Math.floor(e.now/5e3)}function Je(e,t,n){return{id:n,at:e.now,session:e.input.session_id,hook:t,wallMs:yn(e.env),generation:e.input.hook_event_name==="SessionStart"||e.input.hook_event_name==="SessionEnd"?void 0:e.generation,cwd:e.input.cwd,project:e.project,projectId:e.identity.projectId,developer:e.identity.developer,machine:e.identity.machine,promptId:e.input.prompt_id}}async function go(e,t=process.env){let n=En(e);if(!n)return null;let r=await mo(n,t);try{let o=n.session_id;if(n.hook_event_name==="SessionStart"){let s=n.source;r.store.write({...Je(r,"SessionStart",`start:${o}:${s??""}:${Gt(r)}`),kind:"session-start",source:s})}else if(n.hook_event_name==="SessionEnd")r.store.write({...Je(r,"SessionEnd",`end:${o}`),kind:"session-end",reason:n.reason});else{let s=n.background_tasks??null,i=s?s.filter(c=>typeof c?.id=="string").map(c=>({id:c.id,command:typeof c.command=="string"?an(c.command).slice(0,2e3):void 0})):null,a=`${n.prompt_id??Gt(r)}:${Q(JSON.stringify(s??[])+(n.last_assistant_message??""))}`;r.store.write({...Je(r,"Stop",`stop:${o}:${a}`),kind:"turn-end",running:i})}return null}finally{r.store.done(),n.hook_event_name!=="SessionStart"&&ka(r,n.hook_event_name==="SessionEnd")}}function ka(e,t){if(typeof __dirname!="string")return;let{team:n,database:r}=e.config,o={url:e.env.BGTELEMETRY_TEAM_URL||n.url,intervalMinutes:n.syncIntervalMinutes,command:n.syncCommand,sessionEnd:t};try{_n(Te(e.env,r),o,e.env,__dirname,e.projectDir)}catch(s){b("team-sync",`could not start the team sync: ${s.message}`,e.env)}}var v=require("node:fs"),So=require("node:path");var _o="42de4806095dcfb7";var ho=require("node:fs"),Ze=require("node:path");var xa=(e=process.env)=>(0,Ze.join)(_(e),"daemon.port");var To=(e=process.env)=>(0,Ze.join)(_(e),"daemon.lock"),jt=(e=process.env)=>(0,Ze.join)(_(e),"daemon.failed"),bo=600*1e3;function No(e=process.env){try{let[t,n,r]=(0,ho.readFileSync)(xa(e),"utf8").trim().split(" "),o={port:Number(t),pid:Number(n),version:r??""};return Number.isInteger(o.port)&&o.port>0&&Number.isInteger(o.pid)&&o.pid>0&&o.version?o:null}catch{return null}}var Aa="--start-daemon",Ra="--daemon-hung";function Oa(e,t){try{return t-(0,v.statSync)(jt(e)).mtimeMs<bo}catch{return!1}}function La(e,t=process.env,n=Date.now(),r=!1){let o=To(t),s=de(o,n),i=No(t);return r&&s!==null&&s===i?.pid&&(process.kill(s,"SIGKILL"),Ia(o,s),s=null),s!==null&&s===i?.pid&&i.version!==_o?(process.kill(s,"SIGTERM"),"replacing"):s!==null?s===i?.pid?"running":"starting":Oa(t,n)?"failed-recently":((0,v.mkdirSync)(_(t),{recursive:!0,mode:448}),te(o,n)?((0,v.rmSync)(jt(t),{force:!0}),ne(o,process.execPath,["--lite-mode",(0,So.join)(e,"daemon.cjs")],{env:t,cwd:_(t)}),"started"):"starting")}function Ia(e,t){try{if((0,v.readFileSync)(e,"utf8").trim()!==String(t))return;let n=`${e}.killed-${process.pid}`;(0,v.renameSync)(e,n),(0,v.rmSync)(n,{force:!0})}catch{}}function yo(e){if(process.argv.includes(Aa))try{La(e,process.env,Date.now(),process.argv.includes(Ra))}catch(t){b("daemon",`could not start the daemon: ${t.message}`)}}vn("Lifecycle",e=>go(e),()=>yo(__dirname));
