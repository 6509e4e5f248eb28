"use strict";var So=Object.create;var jt=Object.defineProperty;var yo=Object.getOwnPropertyDescriptor;var ko=Object.getOwnPropertyNames;var xo=Object.getPrototypeOf,Ro=Object.prototype.hasOwnProperty;var N=(e,t)=>()=>{try{return t||e((t={exports:{}}).exports,t),t.exports}catch(n){throw t=0,n}};var Ao=(e,t,n,r)=>{if(t&&typeof t=="object"||typeof t=="function")for(let o of ko(t))!Ro.call(e,o)&&o!==n&&jt(e,o,{get:()=>t[o],enumerable:!(r=yo(t,o))||r.enumerable});return e};var Oo=(e,t,n)=>(n=e!=null?So(xo(e)):{},Ao(t||!e||!e.__esModule?jt(n,"default",{value:e,enumerable:!0}):n,e));var se=N(ve=>{"use strict";ve.getBooleanOption=(e,t)=>{let n=!1;if(t in e&&typeof(n=e[t])!="boolean")throw new TypeError(`Expected the "${t}" option to be a boolean`);return n};ve.cppdb=Symbol();ve.inspect=Symbol.for("nodejs.util.inspect.custom")});var yt=N((Cc,cr)=>{"use strict";var $e=class e extends Error{constructor(t,n){if(typeof n!="string")throw new TypeError("Expected second argument to be a string");super(""+t),this.code=n,typeof Error.captureStackTrace=="function"&&Error.captureStackTrace(this,e)}};Object.defineProperty($e.prototype,"name",{value:"SqliteError",writable:!0,enumerable:!1,configurable:!0});cr.exports=$e});var dr=N(W=>{"use strict";var{cppdb:C}=se();W.prepare=function(t){return this[C].prepare(t,this,!1,!1)};W.exec=function(t){return this[C].exec(t),this};W.close=function(){return this[C].close(),this};W.loadExtension=function(...t){return this[C].loadExtension(...t),this};W.defaultSafeIntegers=function(...t){return this[C].defaultSafeIntegers(...t),this};W.unsafeMode=function(...t){return this[C].unsafeMode(...t),this};W.getters={name:{get:function(){return this[C].name},enumerable:!0},open:{get:function(){return this[C].open},enumerable:!0},inTransaction:{get:function(){return this[C].inTransaction},enumerable:!0},readonly:{get:function(){return this[C].readonly},enumerable:!0},memory:{get:function(){return this[C].memory},enumerable:!0}}});var pr=N((vc,lr)=>{"use strict";var{cppdb:Ni}=se(),ur=new WeakMap;lr.exports=function(t){if(typeof t!="function")throw new TypeError("Expected first argument to be a function");let n=this[Ni],r=Si(n,this),{apply:o}=Function.prototype,s={default:{value:Me(o,t,n,r.default)},deferred:{value:Me(o,t,n,r.deferred)},immediate:{value:Me(o,t,n,r.immediate)},exclusive:{value:Me(o,t,n,r.exclusive)},database:{value:this,enumerable:!0}};return Object.defineProperties(s.default.value,s),Object.defineProperties(s.deferred.value,s),Object.defineProperties(s.immediate.value,s),Object.defineProperties(s.exclusive.value,s),s.default.value};var Si=(e,t)=>{let n=ur.get(e);if(!n){let r={commit:e.prepare("COMMIT",t,!1,!1),rollback:e.prepare("ROLLBACK",t,!1,!1),savepoint:e.prepare("SAVEPOINT `	_bs3.	`",t,!1,!1),release:e.prepare("RELEASE `	_bs3.	`",t,!1,!1),rollbackTo:e.prepare("ROLLBACK TO `	_bs3.	`",t,!1,!1)};ur.set(e,n={default:Object.assign({begin:e.prepare("BEGIN",t,!1,!1)},r),deferred:Object.assign({begin:e.prepare("BEGIN DEFERRED",t,!1,!1)},r),immediate:Object.assign({begin:e.prepare("BEGIN IMMEDIATE",t,!1,!1)},r),exclusive:Object.assign({begin:e.prepare("BEGIN EXCLUSIVE",t,!1,!1)},r)})}return n},Me=(e,t,n,{begin:r,commit:o,rollback:s,savepoint:i,release:a,rollbackTo:c})=>function(){let p,d,h;n.inTransaction?(p=i,d=a,h=c):(p=r,d=o,h=s),p.run();try{let l=e.call(t,this,arguments);if(l&&typeof l.then=="function")throw new TypeError("Transaction function cannot return a promise");return d.run(),l}catch(l){throw n.inTransaction&&(h.run(),h!==s&&d.run()),l}}});var fr=N(($c,Er)=>{"use strict";var{getBooleanOption:yi,cppdb:ki}=se();Er.exports=function(t,n){if(n==null&&(n={}),typeof t!="string")throw new TypeError("Expected first argument to be a string");if(typeof n!="object")throw new TypeError("Expected second argument to be an options object");let r=yi(n,"simple"),o=this[ki].prepare(`PRAGMA ${t}`,this,!0,!1);return r?o.pluck().get():o.all()}});var gr=N((Mc,mr)=>{"use strict";var{cppdb:xi}=se();mr.exports=function(t){if(typeof t!="string")throw new TypeError("Expected first argument to be a string");return this[xi].prepare(`EXPLAIN ${t}`,this,!1,!0).all()}});var hr=N((Uc,_r)=>{_r.exports=function(){throw new Error("not available in a bgtelemetry hook")}});var br=N((Pc,Tr)=>{Tr.exports=function(){throw new Error("not available in a bgtelemetry hook")}});var Sr=N((Hc,Nr)=>{Nr.exports=function(){throw new Error("not available in a bgtelemetry hook")}});var kr=N((Gc,yr)=>{yr.exports=function(){throw new Error("not available in a bgtelemetry hook")}});var Rr=N((jc,xr)=>{xr.exports=function(){throw new Error("not available in a bgtelemetry hook")}});var Or=N((Fc,Ar)=>{Ar.exports=function(){throw new Error("not available in a bgtelemetry hook")}});var Ir=N((Bc,Lr)=>{"use strict";var Ri=require("fs"),Ai=require("path"),Ue=se(),Oi=yt();Lr.exports=function(t,n){function r(s,i){if(new.target==null)return new r(s,i);let a,c;if(Buffer.isBuffer(s))a=s,s=":memory:";else if(typeof s=="number"){if(!Number.isInteger(s)||s<0||s>2147483647)throw new TypeError("Expected the file descriptor to be a non-negative 32-bit integer");c=s,s=`fd:${c}`}if(s==null&&(s=""),i==null&&(i={}),typeof s!="string")throw new TypeError("Expected first argument to be a string");if(typeof i!="object")throw new TypeError("Expected second argument to be an options object");if("readOnly"in i)throw new TypeError('Misspelled option "readOnly" should be "readonly"');if("memory"in i)throw new TypeError('Option "memory" was removed in v7.0.0 (use ":memory:" filename instead)');let u=s.trim(),p=u===""||u===":memory:",d=Ue.getBooleanOption(i,"readonly"),h=Ue.getBooleanOption(i,"fileMustExist"),l="timeout"in i?i.timeout:5e3,U="verbose"in i?i.verbose:null,P="nativeBinding"in i?i.nativeBinding:null,K="journalFd"in i?i.journalFd:void 0;if(d&&p&&!a)throw new TypeError("In-memory/temporary databases cannot be readonly");if(!Number.isInteger(l)||l<0)throw new TypeError('Expected the "timeout" option to be a positive integer');if(l>2147483647)throw new RangeError('Option "timeout" cannot be greater than 2147483647');if(U!=null&&typeof U!="function")throw new TypeError('Expected the "verbose" option to be a function');if(c!==void 0&&K===void 0)throw new TypeError('The "journalFd" option is required when opening a database from a file descriptor');if(c===void 0&&K!==void 0)throw new TypeError('The "journalFd" option can only be used when opening a database from a file descriptor');if(K!==void 0&&!(Number.isInteger(K)&&K>=0&&K<=2147483647))throw new TypeError('Expected the "journalFd" option to be a non-negative 32-bit integer');if(!n&&"nativeBinding"in i)throw new TypeError('The "nativeBinding" option is only supported by the default better-sqlite3 entrypoint');if(n&&P!=null&&typeof P!="string"&&typeof P!="object")throw new TypeError('Expected the "nativeBinding" option to be a string or addon object');let _e=t(P);if(_e.isInitialized||(_e.initialize(Oi,Li,Ii,wi,Ci),_e.isInitialized=!0),c===void 0&&!p&&!u.startsWith("file:")&&!Ri.existsSync(Ai.dirname(u)))throw new TypeError("Cannot open database because the directory does not exist");Object.defineProperties(this,{[Ue.cppdb]:{value:new _e.Database(u,s,p,d,h,l,U||null,a||null,c??null,K??null)},...o.getters})}let o=dr();return r.prototype.prepare=o.prepare,r.prototype.transaction=pr(),r.prototype.pragma=fr(),r.prototype.explain=gr(),r.prototype.backup=hr(),r.prototype.serialize=br(),r.prototype.function=Sr(),r.prototype.aggregate=kr(),r.prototype.table=Rr(),r.prototype.loadExtension=o.loadExtension,r.prototype.exec=o.exec,r.prototype.close=o.close,r.prototype.defaultSafeIntegers=o.defaultSafeIntegers,r.prototype.unsafeMode=o.unsafeMode,r.prototype[Ue.inspect]=Or(),r};function Li(...e){return e}function Ii(e,...t){let n=e.length;for(let r=0;r<t.length;++r)e[n+r]=t[r]}function wi(...e){if(!e.includes("__proto__")){let t=e.map((r,o)=>`v${o}`).join(","),n=e.map((r,o)=>`${JSON.stringify(r)}:v${o}`).join(",");return Function(`return (${t}) => ({${n}})`)()}return(...t)=>{let n={};for(let r=0;r<e.length;++r)n[e[r]]=t[r];return n}}function Ci(e){return{value:e,done:!1}}});var Cr=N((xt,wr)=>{"use strict";var Ge=require("fs"),He=require("path"),Di=["linux","darwin","win32"],vi=["x64","arm64"],Pe;function $i(e){if(typeof e=="string")return(typeof __non_webpack_require__=="function"?__non_webpack_require__:require)(He.resolve(e).replace(/(\.node)?$/,".node"));if(typeof e=="object"&&e!==null)return e;if(Pe)return Pe;let t=He.join(__dirname,"..","build","Debug","better_sqlite3.node");return Ge.existsSync(t)||(t=He.join(__dirname,"..","build","Release","better_sqlite3.node")),Ge.existsSync(t)?Pe=require(t):Pe=require(kt()||t)}function kt(){if(Di.includes(process.platform)&&vi.includes(process.arch)){let e=`${Mi()?"linuxmusl":process.platform}-${process.arch}`,t=He.join(__dirname,"..","prebuilds",`${e}.node`);if(Ge.existsSync(t))return t}return null}function Mi(){if(process.platform!=="linux")return!1;try{let n=Ge.readFileSync("/proc/self/maps","latin1");if(/\/ld-musl-[^/\s]*\.so/.test(n))return!0;if(/\/(?:ld-linux[^/\s]*|libc)\.so\.\d/.test(n))return!1}catch{}let{report:e}=process,t=e.excludeNetwork;e.excludeNetwork=!0;try{return!e.getReport().header.glibcVersionRuntime}finally{e.excludeNetwork=t}}xt.getBinding=$i;xt.getPrebuildPath=kt;require.main===wr&&process.stdout.write(kt()?"1":"0")});var Dr=N((Wc,Rt)=>{"use strict";Rt.exports=Ir()(Cr().getBinding,!0);Rt.exports.SqliteError=yt()});var Lo=/\u001B(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001B]*(?:\u0007|\u001B\\)?)/g,Io=/(?![\t\n])[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/gu;function Ft(e){return e.replace(Lo,"").replace(Io,"")}var wo=[{kind:"passphrase",program:"ssh-keygen",option:"-[NP]"},{kind:"password",program:"openssl",option:"-k"},{kind:"password",program:"openssl",sub:"passwd",last:!0,takesValue:"-salt|-in"},{kind:"password",program:"mkpasswd",last:!0,takesValue:"-[mSR]|--method|--salt|--rounds"},{kind:"password",program:"htpasswd",sub:"-[a-zA-Z]*b[a-zA-Z]*",last:!0},{kind:"secret",program:"mc",sub:"(?:alias set|config host add)",positional:4},{kind:"password",program:"rabbitmqctl",sub:"(?:add_user|change_password|authenticate_user)",positional:2},{kind:"password",program:"net",sub:"user",positional:2},{kind:"password",program:"net",sub:String.raw`use(?: [A-Za-z]:)? \\\\\S+`,positional:1},{kind:"password",program:"redis-cli",sub:"auth",last:!0},{kind:"password",program:"mysqladmin",sub:"password",positional:1},{kind:"token",program:"vault",sub:"login",positional:1},{kind:"token",program:"(?:npm|pnpm|yarn)",sub:String.raw`config set [^\s=]*(?:auth|token|password)[^\s=]*`,positional:1},{kind:"password",program:"poetry",sub:String.raw`config http-basic\.[\w.-]+`,positional:2},{kind:"token",program:"poetry",sub:String.raw`config pypi-token\.[\w.-]+`,positional:1},{kind:"password",program:"composer",sub:String.raw`config(?: --?[\w-]+)* http-basic\.[\w.-]+`,positional:2},{kind:"password",program:String.raw`(?<=^|\n)[ \t]*user`,positional:2}],Ze=String.raw`(?!-)(?:"[^"\n]*"|'[^'\n]*'|[^\s;&|<>()"']+)`,Qe=String.raw`[ \t]+-[^\s;&|<>()]*`,Co=String.raw`(?:${Qe}(?:[ \t]+${Ze})?){0,3}`,Do=String.raw`(?=["']?[ \t]*(?:[;&|)\n]|$))`,vo=e=>e.replaceAll(" ","[ \\t]+");function $o(e,t){let n=String.raw`(?<![\w/.-])${e.program}(?![\w-])`,r=e.sub?`${Co}[ \\t]+${vo(e.sub)}`:"";if(e.option)return String.raw`(?<pre>[ \t]${e.option}[ \t]+["']?(?<=${n}[^;&|\n]{0,300}[ \t]${e.option}[ \t]+["']?))(?!-)(?<secret>${t})`;if(e.last)return String.raw`(?<pre>${n}${r}(?:[ \t]+(?:${Ze}|-\S*)){0,8}?[ \t]+["']?)(?!-)(?<secret>${t})${Do}`;let o=e.positional??1;return String.raw`(?<pre>${n}${r}(?:${Qe}){0,6}(?:[ \t]+${Ze}(?:${Qe}){0,6}){${o-1}}[ \t]+["']?)(?!-)(?<secret>${t})`}var Bt=String.raw`\bsudo(?:[ \t]+-[A-Za-z]+)*[ \t]+(?:-[A-Za-z]*S\b|--stdin\b)`,Mo=String.raw`(?:--password-stdin|--with-token|${Bt}|\b(?:chpasswd|vncpasswd|passwd|aws[ \t]+configure|(?:npm|pnpm|yarn)[ \t]+(?:login|adduser))\b)`;function Wt(e){return[...wo.map(t=>({kind:t.kind,needs:[t.program.startsWith("(?<=")?"ftp":t.program.replace(/^\(\?:|\)$/g,"").split("|")[0]],source:$o(t,e),keep:t.takesValue?(n,r)=>new RegExp(`[ \\t](?:${t.takesValue})[ \\t]+["']?$`).test(r):void 0})),{kind:"password",needs:["stdin","sudo","passwd","configure","token","login"],source:String.raw`(?<pre>\b(?:echo(?:[ \t]+-[neE]{1,3})*|printf(?:[ \t]+(?:"[^"%\n]*%s[^"\n]*"|'[^'%\n]*%s[^'\n]*'))?|yes)[ \t]+)(?<secret>[^|;&\n<>]{1,120}?)(?=[ \t]*\|[ \t]*[^;&|\n]{0,120}?${Mo})`,keep:t=>/^["']?\$[\w{(]/.test(t)},{kind:"password",needs:["<<<"],source:String.raw`(?<pre>(?:${Bt}|--passphrase-fd[ \t]+0|--password-stdin)[^;&|\n<]{0,300}<<<[ \t]*["']?)(?<secret>${e})`},{kind:"password",needs:["password","identified"],source:String.raw`(?<pre>(?=password|identified)(?<=\b(?:user|role|login|password|grant)\b[^;\n]{0,200})(?:password(?:[ \t]+|[ \t]*=[ \t]*|[ \t]*\([ \t]*)\\?["']|identified(?:[ \t]+with[ \t]+\w+)?[ \t]+by[ \t]+(?:\\?["'])?))(?<secret>${e})`},{kind:"password",needs:["send"],source:String.raw`(?<pre>\bexpect[ \t]+\\?["'][^"'\n]{0,100}(?:assword|assphrase)[^"'\n]{0,100}\\?["'][ \t]*[;\n][ \t]*send[ \t]+(?:--[ \t]+)?\\?["'])(?<secret>(?:[^"'\\\n]|\\[^rn"'\n])+)`},{kind:"bot-token",needs:["/bot"],source:String.raw`(?<pre>/bot\d{5,}:)(?<secret>[\w-]{20,})`},{kind:"webhook",needs:["incomingwebhook","ifttt"],source:String.raw`(?<pre>(?:/IncomingWebhook/|\bmaker\.ifttt\.com/trigger/[^\s/'"]+/with/key/))(?<secret>[\w-]{8,})`}]}var Qt=String.raw`(?:[^\s"'\x60;&|<>(){},\\]|\\.)+`,S=String.raw`(?!\s)(?:(?<=")(?:[^"\\\n]|\\.)+(?=")|(?<=')[^'\n]+(?=')|(?<="[\w.-]{1,100}[:=][ \t]*)(?:[^"\\\n]|\\.)+(?=")|(?<='[\w.-]{1,100}[:=][ \t]*)[^'\n]+(?=')|${Qt})`,en="api|access|secret|private|account|client|app|master|encryption|signing|storage|license|subscription|session|hmac|webhook",Uo="file|path|dir|length|len|policy|prompt|stdin|hint|reset|required|enabled|url|expiry|ttl|regex|pattern|rules",Xt=String.raw`(?<![\w.$/-])(?=[A-Za-z_])(?:[\w.-]*?(?:pass(?:wor|w)d(?:[_.-](?!(?:${Uo})(?![A-Za-z0-9]))[A-Za-z0-9]+)?|passphrase|secret|token|credentials?|signature|apikey|(?:${en})[_.-]?key|[_.-](?:key|pass|pwd|auth|creds))|auth|creds|(?<=[;{,][ \t]*)pwd|(?<=[?&])(?:sig|key))`,qt=String.raw`["'][\w.-]{1,100}`,Po=String.raw`(?<![\w-])--?(?!(?:no|skip|ask|disable|without|prompt|use|show|print|read|with|from|reset|generate|require|allow|enable|hide|mask|save|store|check|verify|export|import|list|delete|rotate|revoke|get|fetch)-)(?:[a-z0-9]+-){0,3}(?:password|passwd|passphrase|pass|passin|passout|pwd|token|bearer|secret|secret-string|api-?key|apikey|(?:access|secret|private|account|client|app|master|encryption|signing|storage|license|subscription)[-_]?key|auth|authtoken|credentials?|(?:src|dest)?(?:storepass|keypass)|sas-token)`,Kt="bearer|basic|token|bot|apikey|api-key|key|sso-key|oauth|jwt|ssws|otoken|digest|negotiate|ntlm|aws4-hmac-sha256",tn=String.raw`(?:[ \t]*[:=][ \t]*["']?|["'][ \t]*[:=][ \t]*["'])`,Yt=String.raw`(?<![\w\${.-])(?:[A-Za-z][\w-]{0,60})?(?:key|token|secret|signature|team|auth|art-api)(?:-[\w]{1,20})?[ \t]*:[ \t]*`,Jt={curl:String.raw`${Yt}(?<=(?:-H|--header)(?:[ \t]+|=)["']?[\w-]{1,90}[ \t]*:[ \t]*)["']?`,httpie:String.raw`${Yt}(?<=\b(?:http|https|xh|xhs)[ \t][^;&|\n]{0,300}[ \t][\w-]{1,90}[ \t]*:[ \t]*)["']?`},Ho=String.raw`(?<![\w-])-[DP][\w.-]{0,100}?(?:pass(?:wor|w)d|passphrase|secret|token|sonar\.login|(?:api|access|secret|private|signing|app|master|encryption)[._-]?key|credentials?|[._-](?:pass|pwd))=["']?`,zt=String.raw`(?<![\w\${-])(?:proxy-)?authori[sz]ation${tn}`,Go=String.raw`(?<![\w\${-])(?:x-[\w-]*?)?(?:api[-_]?key|api[-_]?token|auth[-_]?token|access[-_]?token|private-token|session[-_]?token|vault-token|subscription-key|functions-key|application-key|app-key|api-secret|app-secret|client-secret|apikey|cookie)${tn}`,f=(e,t="gi")=>({source:e,flags:t}),et=e=>e.compiled??=new RegExp(e.source,e.flags),he=["pass","pwd","token","bearer","secret","key","auth","cred","sig","cookie"],jo=[[/pass|pwd/i,"password"],[/cookie/i,"cookie"],[/token/i,"token"],[/api.?key/i,"api-key"],[/key/i,"key"],[/secret/i,"secret"],[/sig/i,"signature"],[/cred/i,"credentials"],[/bearer/i,"bearer"],[/auth/i,"auth"]],Y=e=>jo.find(([t])=>t.test(e))?.[1]??"secret",Fo=e=>/^[A-Za-z0-9+/]{16,}={0,2}$/.test(e)&&(/[+=]/.test(e)||(e.match(/[A-Z]/g)?.length??0)>=4&&(e.match(/\d/g)?.length??0)>=4),ce=e=>e.length>=16&&/\d/.test(e)&&/[A-Za-z]/.test(e)&&(!/[/.]/.test(e)||Fo(e.replace(/^base64:/,""))),Vt=(e,t,n)=>!/["']$/.test(t)&&!/["']/.test(n)&&!/\d/.test(e),Bo=f(String.raw`(?<!${en}|secret_access|aws)[_.-]key\W*$`,"i"),Zt={test:e=>et(Bo).test(e)},nn=[{kind:"aws-access-key-id",pattern:"(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}(?![A-Za-z0-9])"},{kind:"gcp-api-key",pattern:"AIza[0-9A-Za-z_-]{35}"},{kind:"google-oauth",pattern:String.raw`ya29\.[0-9A-Za-z_-]{20,}`},{kind:"github-token",pattern:"gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,}"},{kind:"gitlab-token",pattern:"gl(?:pat|dt|rt|ptt|ft|cbt|imt|oas|soat|agent)-[0-9A-Za-z_-]{20,}"},{kind:"slack-token",pattern:"xox[abposr]-[0-9A-Za-z-]{10,}|xapp-[0-9A-Za-z-]{10,}"},{kind:"stripe-key",pattern:"[sr]k_(?:live|test)_[0-9A-Za-z]{10,}|whsec_[0-9A-Za-z]{20,}"},{kind:"anthropic-key",pattern:"sk-ant-[0-9A-Za-z_-]{20,}"},{kind:"openai-key",pattern:"sk-(?:proj-|svcacct-|admin-)?[0-9A-Za-z_-]{20,}",keep:e=>!/\d/.test(e)},{kind:"huggingface-token",pattern:"hf_[A-Za-z0-9]{30,}"},{kind:"npm-token",pattern:"npm_[A-Za-z0-9]{30,}"},{kind:"pypi-token",pattern:"pypi-[A-Za-z0-9_-]{40,}"},{kind:"docker-token",pattern:"dckr_pat_[A-Za-z0-9_-]{20,}"},{kind:"digitalocean-token",pattern:"do[por]_v1_[a-f0-9]{40,}"},{kind:"sendgrid-key",pattern:String.raw`SG\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}`},{kind:"twilio-api-key",pattern:"SK[0-9a-fA-F]{32}(?![0-9A-Za-z])"},{kind:"jwt",pattern:String.raw`eyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*`},{kind:"api-token",pattern:String.raw`lin_api_[A-Za-z0-9]{30,}|PMAK-[0-9a-f]{24}-[0-9a-f]{34}|hv[sb]\.[A-Za-z0-9_-]{24,}|gl(?:sa|c)_[A-Za-z0-9_=+/-]{30,}|sbp_[0-9a-f]{40}|sntry[us]_[A-Za-z0-9_=+/-]{30,}|shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}|dapi[0-9a-f]{32}|AGE-SECRET-KEY-1[0-9A-Z]{50,}`}],Wo=f(`(?<![\\w-])(?:${nn.map(e=>`(${e.pattern})`).join("|")})`,"g"),Xo=/AKIA|ASIA|ABIA|ACCA|AIza|ya29\.|gh[pousr]_|github_pat_|gl[a-z]{1,5}[-_]|xox[abposr]-|xapp-|[sr]k_(?:live|test)_|whsec_|sk-|hf_|npm_|pypi-|dckr_pat_|do[por]_v1_|SG\.|SK[0-9a-fA-F]{32}|eyJ|lin_api_|PMAK-|hv[sb]\.|sbp_|sntry[us]_|shp(?:at|ca|pa|ss)_|dapi[0-9a-f]|AGE-SECRET-KEY/,rn=[{kind:"private-key",needs:["private key"],re:f(String.raw`(?<pre>-----BEGIN[A-Z0-9 ]*PRIVATE KEY[A-Z ]*-----)(?<secret>[^"'\x60]*?)(?=-----END[A-Z0-9 ]*PRIVATE KEY|["'\x60]|$)`,"g"),keep:e=>!/[A-Za-z0-9+/=]{16}/.test(e)},{kind:"webhook",needs:["hooks.slack","webhooks/"],re:f(String.raw`(?<pre>(?:hooks\.slack\.com/(?:services|workflows|triggers)|discord(?:app)?\.com/api/webhooks/\d+)/)(?<secret>[\w/-]{8,})`)},{kind:"url-password",needs:["://"],re:f(String.raw`(?<pre>:\/\/[^\s:@\/'"<>]*:)(?<secret>[^\s\/'"<>]+)(?=@)`)},{kind:"url-token",needs:["://"],re:f(String.raw`(?<pre>:\/\/)(?<secret>[^\s:@\/'"<>]{16,})(?=@)`),keep:e=>!ce(e)},{kind:e=>/bearer/i.test(e)?"bearer":/basic/i.test(e)?"basic-auth":"authorization",needs:["authori"],re:f(`(?<pre>${zt}(?:${Kt})[ \\t]+)(?<secret>${Qt})`)},{kind:"authorization",needs:["authori"],re:f(`(?<pre>${zt}(?!(?:${Kt})\\b))(?<secret>${S})`),keep:Vt},{kind:Y,needs:["key","token","secret","cookie"],re:f(`(?<pre>${Go})(?<secret>${S})`),keep:Vt},...[{needs:["-h","--header"],header:Jt.curl},{needs:["http ","https ","xh ","xhs "],header:Jt.httpie}].map(({needs:e,header:t})=>({kind:Y,needs:e,re:f(`(?<pre>${t})(?<secret>${S})`),keep:(n,r)=>/(?:email|user(?:name)?|id|type|version|mode|method|scheme)[ \t]*:[ \t]*$/i.test(r)})),{kind:"cookie",needs:["-b","--cookie"],re:f(String.raw`(?<pre>[ \t](?:-b|--cookie)(?:[ \t]+|=)["']?(?<=\bcurl\b[^;&|\n]{0,300}))(?<secret>${S})`),keep:e=>!e.includes("=")},{kind:Y,needs:["-d","-p"],re:f(`(?<pre>${Ho})(?<secret>${S})`)},{kind:Y,needs:he,re:f(String.raw`(?<pre>(?<![\w.$/-])[A-Z][A-Z0-9_]{0,60}?(?:TOKEN|SECRET|KEY|PASSWORD|PASSWD|_PASS|_PWD)(?:_[A-Z0-9]+){1,2}(?<!_(?:TOKEN|SECRET|KEY|PASSWORD|PASSWD|PASS|PWD|AUTH|CREDS?|CREDENTIALS?))=["']?)(?<secret>${S})`,"g"),keep:e=>!ce(e)},{kind:"aws-secret",needs:["access","session","aws"],re:f(String.raw`(?<pre>(?<![\w.$-])(?:(?:aws_?)?secret_?access_?key|aws_?session_?token|aws_?secret_?key)(?:["']?[ \t]*[:=][ \t]*|(?<=\bset[ \t]+[\w.]+)[ \t]+)["']?)(?<secret>${S})`)},{kind:Y,needs:he,re:f(`(?<pre>${Po}(?:=|[ \\t]+)["']?)(?!-)(?<secret>${S})`),keep:(e,t)=>/^(?:id|src|source|type|env)=|^(?:env|file|fd):/i.test(e)||/auth\W*$/i.test(t)&&!e.includes(":")},{kind:"password",needs:["sshpass","login","redis-cli","twine","mongo","ldap"],re:f(String.raw`(?<pre>[ \t]-(?:p[ \t]*|[aw][ \t]+)["']?)(?<=(?:\bsshpass|\b(?:twine|mongo|mongosh|mongodump|mongorestore|mongoexport|mongoimport)\b[^;&|\n]{0,200}|\b(?:docker|podman|nerdctl|buildah|skopeo|oras|crane|registry|az|oc|cf|regctl|argocd)[ \t]+login\b[^;&|\n]{0,200}|\b(?:apptainer|singularity|helm)[ \t]+registry[ \t]+login\b[^;&|\n]{0,200})[ \t]-p[ \t]*["']?|\bredis-cli\b[^;&|\n]{0,200}[ \t]-a[ \t]+["']?|\bldap\w*[^;&|\n]{0,200}[ \t]-w[ \t]+["']?)(?<secret>${S})`)},{kind:"password",needs:["mysql","mariadb","7z","rar","zip","sqlcmd","bcp"],re:f(String.raw`(?<pre>[ \t]-p["']?(?<=\b(?:mysql|mariadb|mysqldump|mysqladmin|mysqlimport|mysqlcheck|mysqlpump|mysqlsh|7z|7za|7zz|rar|unrar)\b[^;&|\n]{0,300}[ \t]-p["']?)|[ \t]-P[ \t]+["']?(?<=\b(?:zip|unzip|sqlcmd|bcp)\b[^;&|\n]{0,300}[ \t]-P[ \t]+["']?))(?<secret>${S})`,"g")},{kind:"password",needs:["-u","--user","--proxy-user","curl","-a","--auth","lftp"],re:f(String.raw`(?<pre>(?<![\w-])(?:(?:-u|--user|--proxy-user|-[a-zA-Z]{1,5}u(?<=\bcurl\b[^;&|\n]{0,300}))(?:[ \t]+|=)["']?[\w.@+-]+:|(?:-a|-A|--auth)(?<=\b(?:http|https|xh|xhs|hey|ab)\b[^;&|\n]{0,300})(?:[ \t]+|=)["']?[\w.@+-]+:|-u(?<=\blftp\b[^;&|\n]{0,300})[ \t]+["']?[\w.@+-]+,|-U[ \t]+["']?[\w.@\\+-]+%))(?<secret>${S})`,"g"),keep:(e,t)=>/^\d+$/.test(e)||t.endsWith(`${e}:`)&&/[\s"'=]$/.test(t.slice(0,-e.length-1))},{kind:"password",needs:["login"],re:f(String.raw`(?<pre>\blogin[ \t]+[^\s'"]+\s+password[ \t]+)(?<secret>${S})`)},{kind:"secret",needs:["gh","ngrok"],re:f(String.raw`(?<pre>[ \t](?:--body|-b)(?:[ \t]+|=)["']?(?<=\bgh[ \t]+secret[ \t]+set\b[^;&|\n]{0,200})|\bngrok[ \t]+(?:config[ \t]+add-)?authtoken[ \t]+["']?)(?<secret>${S})`)},{kind:Y,needs:he,re:f(`(?<pre>${Xt}(?:=(?!=)(?:(?<!${qt}=)["'])?|:[-=]["']?|["'][ \\t]*[:=][ \\t]*["']|(?<!${qt})[ \\t]*[:=][ \\t]*["']))(?<secret>${S})`),keep:(e,t)=>Zt.test(t)&&!ce(e)},{kind:Y,needs:he,re:f(String.raw`(?<pre>^[ \t]*${Xt}(?:[ \t]+=|=[ \t]|[ \t]*:)[ \t]*)(?<secret>[^\s'"](?:[^\n]*[^\s])?)`,"gim"),keep:(e,t)=>/^[{[(]|[,;{([]$|\w\(.*\)$/.test(e)||Zt.test(t)&&!ce(e)},{kind:"bearer",needs:["bearer"],re:f(String.raw`(?<pre>\bbearer[ \t]+)(?<secret>[A-Za-z0-9._~+/=-]{12,})`),keep:e=>!ce(e)}];for(let e of Wt(S))rn.push({kind:e.kind,needs:e.needs,re:f(e.source),keep:e.keep});var qo=/^(?:[~^]|[<>]=?)?\d+(?:\.(?:\d+|x|\*)){1,2}(?:-[\w.]+)?$|^(?:\\?\$|\{\{|%\w+%$|@|<redacted:|-----BEGIN)|^(?:\.{0,2}\/|~\/)|\.(?:pem|key|crt|cer|p12|pfx|json|txt|env|asc|gpg|ppk)$|^(?:true|false|yes|no|on|off|null|none|nil|undefined|stdin|0|1|-)$/i;function Ko(e,t){let n=e.length-e.trimStart().length,r=e.length-e.trimEnd().length;return`${e.slice(0,n)}<redacted:${t}>${e.slice(e.length-r)}`}function Yo(e){return Xo.test(e)?e.replace(et(Wo),(t,...n)=>{let r=n.findIndex(s=>s!==void 0),o=nn[r];return o.keep?.(t)?t:`<redacted:${o.kind}>`}):e}function on(e){let t=Yo(Ft(e)),n=t.toLowerCase();for(let r of rn)r.needs&&!r.needs.some(o=>n.includes(o))||(t=t.replace(et(r.re),(...o)=>{let{pre:s,secret:i}=o[o.length-1],a=o[o.length-3],c=o[o.length-2];return qo.test(i)||r.keep?.(i,s,c.charAt(a-1))?o[0]:s+Ko(i,typeof r.kind=="string"?r.kind:r.kind(s))}));return t}function Z(e){let t=2166136261;for(let n=0;n<e.length;n++)t^=e.charCodeAt(n),t=Math.imul(t,16777619);return(t>>>0).toString(36)}var m=require("node:fs"),Q=require("node:path");var sn=require("node:os"),$=require("node:path");function Jo(e=process.env){return e.CLAUDE_CONFIG_DIR||(0,$.join)(e.HOME||(0,sn.homedir)(),".claude")}function _(e=process.env){return e.BGTELEMETRY_HOME||(0,$.join)(Jo(e),"bgtelemetry")}function an(e=process.env){return(0,$.join)(_(e),"config.json")}function tt(e){return(0,$.join)(e,".claude","bgtelemetry.json")}function cn(e){return(0,$.join)(e,".claude","bgtelemetry.local.json")}function dn(e=process.env){return(0,$.join)(_(e),"errors.log")}function Te(e=process.env,t){return e.BGTELEMETRY_DB||t||(0,$.join)(_(e),"telemetry.db")}function nt(e=process.env){return(0,$.join)(_(e),"spool")}var zo=1024*1024,Vo=300;function Zo(e){return e.split(`
`,1)[0].replace(/"(?:[^"\\]|\\.)*"|'[^']*'|`[^`]*`/g,'"\u2026"').replace(/(?<!\S)(?![/~.])\S{41,}/g,"\u2026").slice(0,Vo)}function T(e,t,n=process.env){un(dn(n),e,t)}function un(e,t,n){try{(0,m.mkdirSync)((0,Q.dirname)(e),{recursive:!0,mode:448});try{(0,m.statSync)(e).size>zo&&(0,m.renameSync)(e,e+".1")}catch{}let r=JSON.stringify({time:new Date().toISOString(),where:t,message:Zo(n instanceof Error?n.message:String(n))});return es(e,r+`
`),!0}catch{return!1}}var Qo=m.constants.O_WRONLY|m.constants.O_APPEND|m.constants.O_CREAT|(m.constants.O_NONBLOCK??0);function es(e,t){let n=(0,m.openSync)(e,Qo,384);try{(0,m.fstatSync)(n).isFile()&&(0,m.writeSync)(n,t)}finally{(0,m.closeSync)(n)}}function rt(e,t,n,r=process.env){ot([_(r)],e,t,n)}function ot(e,t,n,r){let o=n.replace(/[^A-Za-z0-9_.-]/g,"_");for(let s of e){let i=ts(s,o);if(i==="exists")return;if(i==="made"){e.some(a=>un((0,Q.join)(a,"errors.log"),t,r));return}}}function ts(e,t){try{return(0,m.mkdirSync)((0,Q.join)(e,"once"),{recursive:!0,mode:448}),(0,m.writeFileSync)((0,Q.join)(e,"once",t),"",{flag:"wx",mode:384}),"made"}catch(n){return n.code==="EEXIST"?"exists":"failed"}}function st(e){return typeof e=="object"&&e!==null&&!Array.isArray(e)}var x=e=>typeof e=="string"?e:void 0;var ns=e=>typeof e=="boolean"?e:void 0;function rs(e,t){if(!st(t)||typeof t.session_id!="string"||typeof t.hook_event_name!="string"||!Object.hasOwn(e,t.hook_event_name))return null;let n=t.hook_event_name,r=e[n](t);if(!r)return null;let o=st(t.effort)&&typeof t.effort.level=="string"?{level:t.effort.level}:void 0;return{...{session_id:t.session_id,transcript_path:x(t.transcript_path),cwd:x(t.cwd)??process.cwd(),hook_event_name:n,prompt_id:x(t.prompt_id),permission_mode:x(t.permission_mode),effort:o},...r}}function os(e){return st(e)?{id:x(e.id),type:x(e.type),status:x(e.status),description:x(e.description),command:x(e.command)}:{}}function ss(e){return{stop_hook_active:ns(e.stop_hook_active),last_assistant_message:x(e.last_assistant_message),background_tasks:Array.isArray(e.background_tasks)?e.background_tasks.map(os):void 0,session_crons:Array.isArray(e.session_crons)?e.session_crons:void 0}}var is=e=>({source:x(e.source)}),as=e=>({reason:x(e.reason)});var ln=e=>rs({Stop:ss,SessionStart:is,SessionEnd:as},e);function pn(e){return e.prompt_id!==void 0?"2.1":"2.0"}var H=require("node:fs"),it=require("node:path");var R=require("node:fs"),cs=3600*1e3;function ds(e){try{return process.kill(e,0),!0}catch(t){return t.code==="EPERM"}}function de(e,t){try{let n=t-(0,R.statSync)(e).mtimeMs,r=Number.parseInt((0,R.readFileSync)(e,"utf8"),10);return n>cs?null:!Number.isInteger(r)||r<=0?n<1e4?0:null:ds(r)?r:null}catch{return null}}function ee(e,t){if(En(e))return!0;if(de(e,t)!==null)return!1;let n=`${e}.stale-${process.pid}`;try{(0,R.renameSync)(e,n),(0,R.rmSync)(n,{force:!0})}catch{return!1}return En(e)}function En(e){try{return(0,R.writeFileSync)(e,"",{flag:"wx",mode:384}),!0}catch{return!1}}function te(e,t,n,r){try{let{spawn:o}=process.getBuiltinModule("node:child_process"),s=o(t,n,{detached:!0,stdio:"ignore",...r});s.on("error",()=>(0,R.rmSync)(e,{force:!0})),s.unref()}catch(o){throw(0,R.rmSync)(e,{force:!0}),o}}var us=(0,it.join)("..","cli.mjs"),ls=60*1e3,ps=3600*1e3,Es=e=>`${e}.syncing`,fs=e=>`${e}.sync-state`;function ms(e){try{let t=JSON.parse((0,H.readFileSync)(fs(e),"utf8"));return typeof t.at=="number"&&typeof t.failures=="number"?t:null}catch{return null}}function gs(e){return e<=0?0:Math.min(ls*2**(e-1),ps)}function _s(e,t,n){let r=["sync","--db",e,"--background"],o=(0,it.join)(t,us);if((0,H.existsSync)(o))return[process.execPath,[o,...r]];let[s,...i]=n??[];return s?[s,[...i,...r]]:null}function fn(e,t,n){let r=ms(e);return r?n-r.at<gs(r.failures)?"backing-off":!t.sessionEnd&&n-r.at<t.intervalMinutes*6e4?"not-due":null:null}function mn(e,t,n,r,o,s=Date.now()){if(!t.url)return"no-url";let i=fn(e,t,s);if(i)return i;let a=_s(e,r,t.command);if(!a)return"no-command";let c=Es(e);if(!ee(c,s))return"running";let u=fn(e,t,s);return u?((0,H.rmSync)(c,{force:!0}),u):(te(c,a[0],a[1],{env:n,cwd:(0,H.existsSync)(o)?o:void 0}),"started")}var gn=[{name:"BGTELEMETRY_HOME",overrides:"data directory",description:"holds the user config, database and error log"},{name:"BGTELEMETRY_DB",overrides:"database file",configKey:"database",description:"the telemetry database file"},{name:"BGTELEMETRY_MODE",overrides:"mode",configKey:"mode",description:"suggest, auto, enforce or off"},{name:"BGTELEMETRY_SLOW_THRESHOLD",overrides:"slow threshold",configKey:"slowThresholdSeconds",description:"seconds of work that count as slow"},{name:"BGTELEMETRY_CODE_CACHE",overrides:"code cache directory",description:"off, or an absolute directory for it"},{name:"BGTELEMETRY_TEAM_URL",overrides:"team store",configKey:"team.url",description:"the team store's PostgreSQL URL (sync)"},{name:"BGTELEMETRY_SQLITE_DRIVER",overrides:"SQLite driver of the hooks",description:"better-sqlite3: the hooks use it even where node:sqlite loads"},{name:"BGTELEMETRY_DEBUG",overrides:"error detail",description:"1: the CLI prints the stack trace of an unexpected error"}];var O=require("node:fs"),hs=O.constants.O_RDONLY|(O.constants.O_NONBLOCK??0),G=class extends Error{constructor(n,r){super(n);this.kind=r}kind;code="EREFUSED"},Ts=[[e=>e.isFIFO(),"a FIFO"],[e=>e.isDirectory(),"a directory"],[e=>e.isSocket(),"a socket"],[e=>e.isCharacterDevice(),"a character device"],[e=>e.isBlockDevice(),"a block device"]];function bs(e,t){let n=Ts.find(([r])=>r(t))?.[1]??"an unknown kind of file";return new G(`${e} is not a regular file (${n})`,n)}function Ns(e,t,n){let r=(0,O.openSync)(e,hs);try{let o=(0,O.fstatSync)(r);if(!o.isFile())throw bs(e,o);if(n&&!n(o))throw new G(`${e} is not acceptable (owner or mode)`);return t(r,o.size)}finally{(0,O.closeSync)(r)}}function Ss(e,t,n){let r=Buffer.allocUnsafe(t),o=0;for(;o<t;){let s=(0,O.readSync)(e,r,o,t-o,n+o);if(s===0)break;o+=s}return r.subarray(0,o)}function j(e,t,n){return Ns(e,(r,o)=>{if(o>t)throw new G(`${e} is larger than ${t} bytes`);return Ss(r,o,0)},n)}var at=["suggest","auto","enforce","off"];var ks=10,Tn={underutilizationEvery:20,underutilizationRatio:.1,uncheckedAfterTurns:3,uncheckedMax:5,maxActiveTasks:10,pollingSeconds:10},ct={mode:"suggest",slowThresholdSeconds:5,patterns:[],commandStorage:"redacted",nudges:Tn,identity:{hash:!0,hostname:!1},team:{syncIntervalMinutes:ks},daemonIdleMinutes:15},xs=1024*1024;function Rs(e){try{return j(e,xs).toString("utf8")}catch(t){return t instanceof G?t:null}}function As(e){return{programs:[e.program],args:e.args,ifFlags:e.ifFlags,unlessFlags:e.unlessFlags,effect:e.effect,category:e.category??"other",estimate:e.estimateSeconds,reason:e.reason??"matches a pattern in your bgtelemetry configuration",alternative:e.alternative,source:"config"}}async function bn(e,t=process.env){let n={...ct,patterns:[],nudges:{...Tn},identity:{...ct.identity},team:{...ct.team}},r=[],o=[],s=[an(t),...e?[tt(e),cn(e)]:[]],i=e?tt(e):void 0,a=s.map(Rs);if(a.forEach((c,u)=>{c instanceof G&&o.push(`${s[u]}: ignored: ${c.message}`)}),a.some(c=>typeof c=="string")){let{validateConfigFile:c}=await Promise.resolve().then(()=>Oo(require("./config-schema.cjs"),1));a.forEach((u,p)=>{if(typeof u!="string")return;let d;try{d=JSON.parse(u)}catch(l){o.push(`${s[p]}: not valid JSON (${l.message})`);return}let h=c(d);if(!h.ok){for(let l of h.problems)o.push(`${s[p]}: ${l}`);return}Os(n,h.value,s[p]===i),r.push(s[p])})}return Is(n,t,o),{config:n,sources:r,problems:o}}function Os(e,t,n){t.mode&&(e.mode=t.mode),t.slowThresholdSeconds!==void 0&&(e.slowThresholdSeconds=t.slowThresholdSeconds),t.patterns&&(e.patterns=[...t.patterns.map(As),...e.patterns]),t.database&&(e.database=t.database),t.commandStorage&&(e.commandStorage=t.commandStorage),t.team?.url&&(e.team.url=t.team.url),t.team?.syncIntervalMinutes!==void 0&&(e.team.syncIntervalMinutes=t.team.syncIntervalMinutes),t.team?.syncCommand&&(e.team.syncCommand=t.team.syncCommand),t.transport&&(e.transport=t.transport),t.daemon?.idleMinutes!==void 0&&(e.daemonIdleMinutes=t.daemon.idleMinutes),t.nudges&&Object.assign(e.nudges,hn(t.nudges)),t.identity&&!n&&Object.assign(e.identity,hn(t.identity))}function hn(e){return Object.fromEntries(Object.entries(e).filter(([,t])=>t!==void 0))}var Ls={BGTELEMETRY_MODE:(e,t)=>at.includes(e)?(t.mode=e,null):`expected one of ${at.join(", ")}, got "${e}"`,BGTELEMETRY_SLOW_THRESHOLD:(e,t)=>{let n=Number(e);return Number.isFinite(n)&&n>0&&n<=3600?(t.slowThresholdSeconds=n,null):`expected seconds between 0 and ${3600}, got "${e}"`}};function Is(e,t,n){for(let{name:r}of gn){let o=t[r],s=o?Ls[r]?.(o,e):null;s&&n.push(`${r}: ${s}`)}}var ws=new WeakMap;function Nn(e){return Math.round((process.uptime()-(ws.get(e)??0))*1e4)/10}var Sn=require("node:fs"),J=require("node:path");function yn(e){let t=(0,J.resolve)(e);for(let n=0;n<64;n++){if((0,Sn.existsSync)((0,J.join)(t,".git")))return t;let r=(0,J.dirname)(t);if(r===t)break;t=r}return(0,J.resolve)(e)}var Ln=require("node:fs");var Cs=new Set([91,123]),Ds=new Set([93,125]);function vs(e,t){let n=0,r=!1;for(let o=0;o<e.length;o++){let s=e.charCodeAt(o);if(r)s===92?o++:s===34&&(r=!1);else if(s===34)r=!0;else if(Cs.has(s)){if(++n>t)return!0}else Ds.has(s)&&n--}return!1}function kn(e){let t=e.charCodeAt(0)===65279?e.slice(1):e;if(vs(t,1e3))throw new Error("the payload nests deeper than 1000 levels");return JSON.parse(t)}var L=require("node:fs"),dt=4*1024*1024,xn=256*1024,$s=1;function ut(e){return e.length>dt?null:e.toString("utf8")}function Rn(e){let t=ut(Buffer.concat(e));if(t===null||!/[}\]]\s*$/.test(t))return null;try{return JSON.parse(t.charCodeAt(0)===65279?t.slice(1):t),t}catch{return null}}function An(e,t="/dev/stdin"){let n=Ms(t);if(!n)return Hs(e);let{fd:r,owned:o}=n;return new Promise(s=>{let a=Date.now()+Math.max(e.firstByteMs,e.deadlineMs),c=[],u=Buffer.allocUnsafe(xn),p=0,d=l=>{try{o&&(0,L.closeSync)(r)}catch{}s(l)},h=()=>{for(;;){let l;try{l=(0,L.readSync)(r,u,0,xn,null)}catch(U){if(U.code!=="EAGAIN"){d(null);return}if(Date.now()>=a){d(Rn(c));return}setTimeout(h,$s);return}if(l===0){d(ut(Buffer.concat(c)));return}if(p===0&&(a=Date.now()+e.deadlineMs),p+=l,p>dt){d(null);return}c.push(Buffer.from(u.subarray(0,l)))}};h()})}function Ms(e){try{return(0,L.fstatSync)(0).isSocket()?Ps(0)?{fd:0,owned:!1}:null:{fd:(0,L.openSync)(e,L.constants.O_RDONLY|L.constants.O_NONBLOCK),owned:!0}}catch{return null}}var Us=[];function Ps(e){if(`${process.execArgv.join(" ")} ${process.env.NODE_OPTIONS??""}`.includes("--pending-deprecation")||process.env.NODE_PENDING_DEPRECATION==="1")return!1;try{let{Pipe:n,constants:r}=process.binding("pipe_wrap"),o=new n(r.SOCKET);return o.open(e)!==0?!1:(Us.push(o),!0)}catch{return!1}}function Hs({deadlineMs:e,firstByteMs:t}){return new Promise(n=>{let r=[],o=0,s=!1,i=c=>{s||(s=!0,clearTimeout(a),process.stdin.destroy(),n(c))},a=setTimeout(()=>i(null),Math.max(t,e));process.stdin.on("data",c=>{if(o===0&&(clearTimeout(a),a=setTimeout(()=>i(Rn(r)),e)),o+=c.length,o>dt)return i(null);r.push(c)}),process.stdin.on("end",()=>i(ut(Buffer.concat(r)))),process.stdin.on("error",()=>i(null))})}var On=900,Gs={deadlineMs:500,firstByteMs:3e3};function js(e){e===null&&process.exit(0);let t=Buffer.from(e+`
`),n=0;try{for(;n<t.length;)n+=(0,Ln.writeSync)(1,t,n)}catch(r){r.code!=="EAGAIN"&&process.exit(0)}n>=t.length&&process.exit(0),process.stdout.on("error",()=>process.exit(0)),process.stdout.write(t.subarray(n),()=>process.exit(0))}var In=!1;function wn(){return In}async function Fs(e,t,n){try{if(n===null)throw new Error("stdin was too large, or did not close in time");if(n.trim()==="")return null;let r=await t(kn(n));return r&&typeof r=="object"?JSON.stringify(r):null}catch(r){return T(e,r),null}}async function Cn(e,t,n){In=!0;let r=await An(Gs).catch(()=>null);setTimeout(()=>{T(e,new Error(`exceeded ${On} ms budget`)),process.exit(0)},On).unref();let o=await Fs(e,t,r);n?.(),js(o)}var Dn=new WeakMap;function g(e,t){let n=Dn.get(e);n||Dn.set(e,n=new Map);let r=n.get(t);return r||n.set(t,r=e.prepare(t)),r}var vn=e=>e===void 0?null:e?1:0,E=e=>e===void 0?null:e,Bs={"session-start":Ws,"session-end":Xs,prompt:qs,"bash-pre":Ks,"bash-post":Ys,"task-check":(e,t)=>Mn(e,t.session,t.taskId,t.toolUseId,t.at,t.tool,t.blocking,t.statusSeen,t.exitCode),"task-stop":Js,"turn-end":zs};function be(e,t){return g(e,"INSERT OR IGNORE INTO applied_events (id, kind, at) VALUES (?, ?, ?)").run(t.id,t.kind,t.at).changes===0?!1:(Vs(e,t),Bs[t.kind](e,t),t.delivered&&g(e,"UPDATE advice SET delivered_at = COALESCE(delivered_at, ?) WHERE event_id = ?").run(t.at,t.delivered),t.backfilled||g(e,"INSERT OR IGNORE INTO hook_runs (event_id, hook, at, wall_ms) VALUES (?, ?, ?, ?)").run(t.id,t.hook,t.at,t.wallMs),!0)}function Ws(e,t){g(e,"UPDATE sessions SET source = COALESCE(source, ?) WHERE id = ?").run(E(t.source),t.session)}function Xs(e,t){g(e,"UPDATE sessions SET ended_at = MAX(COALESCE(ended_at, 0), ?), end_reason = COALESCE(?, end_reason) WHERE id = ?").run(t.at,E(t.reason),t.session)}function qs(e,t){g(e,"INSERT OR IGNORE INTO prompts (id, session_id, at, kind, intents, chars) VALUES (?, ?, ?, ?, ?, ?)").run(t.promptId??t.id,t.session,t.at,t.promptKind,t.intents.join(","),t.chars),t.notification&&(ue(e,t.session,t.notification.taskId),g(e,`UPDATE tasks SET notified_at = COALESCE(notified_at, @at), finished_at = COALESCE(finished_at, @at),
         exit_code = COALESCE(@exit, exit_code), status = CASE WHEN status = 'killed' THEN status ELSE @status END
       WHERE session_id = @session AND id = @id`).run({at:t.at,exit:E(t.notification.exitCode),status:t.notification.status,session:t.session,id:t.notification.taskId}))}function Ks(e,t){g(e,`INSERT INTO bash_calls (tool_use_id, session_id, prompt_id, message_id, project, project_id, started_at, signature, command, verdict, category,
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
       duration_source = COALESCE(bash_calls.duration_source, CASE WHEN bash_calls.ended_at IS NOT NULL THEN 'hooks' END)`).run($n(t))}function Ys(e,t){g(e,`INSERT INTO bash_calls (tool_use_id, session_id, prompt_id, message_id, project, project_id, ended_at, signature, command, verdict, category,
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
       duration_source = COALESCE(excluded.duration_source, CASE WHEN bash_calls.started_at IS NOT NULL THEN 'hooks' END)`).run({...$n(t),background:vn(t.background),reason:E(t.backgroundReason),outcome:t.outcome,exitCode:E(t.exitCode),durationMs:E(t.durationMs),durationSource:t.durationMs===void 0?null:E(t.durationSource),taskId:E(t.taskId)}),t.taskId&&(ue(e,t.session,t.taskId),g(e,`UPDATE tasks SET tool_use_id = COALESCE(tool_use_id, @toolUseId), started_at = COALESCE(started_at, @at),
         signature = COALESCE(signature, @signature), command = COALESCE(command, @command), category = COALESCE(category, @category)
       WHERE session_id = @session AND id = @id`).run({toolUseId:t.toolUseId,at:t.at,signature:t.signature,command:t.command,category:t.category,session:t.session,id:t.taskId})),t.readsTask&&Mn(e,t.session,t.readsTask,t.toolUseId,t.at,"Bash",!1)}function Js(e,t){ue(e,t.session,t.taskId),g(e,`UPDATE tasks SET stopped_at = COALESCE(stopped_at, @at), stopped_by = COALESCE(stopped_by, @tool),
       status = CASE WHEN status IN ('running', 'ended') THEN 'killed' ELSE status END
     WHERE session_id = @session AND id = @id`).run({at:t.at,tool:t.tool,session:t.session,id:t.taskId})}function zs(e,t){if(!t.running)return;for(let r of t.running)ue(e,t.session,r.id),g(e,"UPDATE tasks SET running_at_turn_end = MAX(COALESCE(running_at_turn_end, 0), ?), command = COALESCE(command, ?) WHERE session_id = ? AND id = ?").run(t.at,E(r.command),t.session,r.id);let n=t.running.map(()=>"?").join(",");e.prepare(`UPDATE tasks SET status = 'ended', finished_at = COALESCE(finished_at, ?)
     WHERE session_id = ? AND status = 'running' AND started_at <= ?${t.running.length?` AND id NOT IN (${n})`:""}`).run(t.at,t.session,t.at,...t.running.map(r=>r.id))}function Ne(e,t,n,r){n&&g(e,`INSERT OR IGNORE INTO advice (event_id, session_id, prompt_id, tool_use_id, at, hook, kind, signature, text, chars, deferred)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(t.id,t.session,E(t.promptId),E(n.toolUseId),t.at,t.hook,n.kind,E(n.signature),n.text,n.text.length,n.deferred?1:0);for(let o of r)g(e,"INSERT OR IGNORE INTO claims (session_id, key, at) VALUES (?, ?, ?)").run(t.session,o,t.at)}function $n(e){return{toolUseId:e.toolUseId,session:e.session,promptId:E(e.promptId),messageId:E(e.messageId),project:E(e.project),projectId:E(e.projectId),at:e.at,signature:e.signature,command:e.command,verdict:e.verdict,category:e.category,estimateS:e.estimateS,estimateSource:e.estimateSource,timeoutMs:E(e.timeoutMs),requested:vn(e.requestedBackground),thresholdMs:e.thresholdMs,backfilled:e.backfilled?1:0}}function Vs(e,t){g(e,`INSERT INTO sessions (id, project, project_id, developer, machine, cwd, started_at, generation)
       VALUES (@id, @project, @projectId, @developer, @machine, @cwd, @at, @generation)
     ON CONFLICT (id) DO UPDATE SET
       project = COALESCE(sessions.project, excluded.project),
       project_id = COALESCE(sessions.project_id, excluded.project_id),
       developer = COALESCE(sessions.developer, excluded.developer),
       machine = COALESCE(sessions.machine, excluded.machine),
       cwd = COALESCE(sessions.cwd, excluded.cwd),
       started_at = MIN(COALESCE(sessions.started_at, excluded.started_at), excluded.started_at),
       generation = COALESCE(sessions.generation, excluded.generation)`).run({id:t.session,project:E(t.project),projectId:E(t.projectId),developer:E(t.developer),machine:E(t.machine),cwd:E(t.cwd),at:t.at,generation:E(t.generation)})}function ue(e,t,n){g(e,"INSERT OR IGNORE INTO tasks (session_id, id) VALUES (?, ?)").run(t,n)}var Zs=new Set(["completed","failed","killed"]);function Mn(e,t,n,r,o,s,i,a,c){ue(e,t,n),g(e,"INSERT OR IGNORE INTO task_checks (tool_use_id, session_id, task_id, at, tool, blocking, status_seen) VALUES (?, ?, ?, ?, ?, ?, ?)").run(r,t,n,o,s,i?1:0,E(a)),a&&Zs.has(a)&&g(e,`UPDATE tasks SET status = CASE WHEN status = 'killed' THEN status ELSE @status END,
         finished_at = COALESCE(finished_at, @at), exit_code = COALESCE(@exit, exit_code)
       WHERE session_id = @session AND id = @id`).run({status:a,at:o,exit:E(c),session:t,id:n})}var ae=require("node:fs"),Pr=require("node:path");var ne=require("node:fs"),Un=require("node:os"),M=require("node:path");function Se(e=process.env){let n=(e.XDG_RUNTIME_DIR&&(0,M.isAbsolute)(e.XDG_RUNTIME_DIR)?e.XDG_RUNTIME_DIR:void 0)||(e.TMPDIR&&(0,M.isAbsolute)(e.TMPDIR)?e.TMPDIR:(0,Un.tmpdir)());return(0,M.join)(n,`bgtelemetry-${process.getuid?.()??"user"}`)}function Qs(e=process.env){return(0,M.join)(Se(e),Z((0,M.resolve)(_(e))))}function ei(e){let t;try{t=(0,ne.lstatSync)(e)}catch{return null}if(t.isSymbolicLink())return`${e} is a symbolic link`;if(!t.isDirectory())return`${e} is not a directory`;let n=process.getuid?.();return n!==void 0&&t.uid!==n?`${e} belongs to another user (uid ${t.uid})`:(t.mode&63)!==0?`${e} can be entered by other users (mode ${(t.mode&511).toString(8)})`:null}function lt(e=process.env,t=!1){let n=Se(e);try{t&&(0,ne.mkdirSync)(n,{mode:448})}catch(r){if(r.code!=="EEXIST")return null}if(ei(n))return null;try{let r=Qs(e);return t?(0,ne.mkdirSync)(r,{recursive:!0,mode:448}):(0,ne.lstatSync)(r),r}catch{return null}}function pt(e){return(0,M.join)(e,"spool")}var y=require("node:fs"),F=require("node:path");var Et=64,ti=16*1024*1024;function ni(e){return JSON.parse(j(e,ti).toString("utf8"))}function Pn(e){return e.replace(/[^A-Za-z0-9_-]/g,"_").slice(0,80)}function ri(e){let t="toolUseId"in e?Pn(e.toolUseId):"";return`${String(e.at).padStart(14,"0")}-${e.kind}-${t}-${Pn(e.id).slice(-24)}-${process.pid}.json`}var oi=2e4,le=class extends Error{};function ye(e,t,n=oi){if((0,y.mkdirSync)(e,{recursive:!0,mode:448}),(0,y.readdirSync)(e).length>=n)throw new le(`the spool ${e} holds ${n} events already`);let r=ri(t),o=(0,F.join)(e,`.${r}.tmp`);try{(0,y.writeFileSync)(o,JSON.stringify(t),{mode:384}),(0,y.renameSync)(o,(0,F.join)(e,r))}catch(s){try{(0,y.rmSync)(o,{force:!0})}catch{}throw s}}function Hn(e){try{return(0,y.readdirSync)(e).filter(t=>t.endsWith(".json")&&!t.startsWith(".")).sort()}catch{return[]}}function pe(e,t,n=1/0,r){let o=Hn(t),s={applied:0,duplicates:0,bad:0,left:0};for(let i=0;i<o.length;i+=Et){if(Date.now()>n){s.left=o.length-i;break}let a=[];for(let c of o.slice(i,i+Et))try{a.push({file:c,event:ni((0,F.join)(t,c))})}catch(u){if(u.code==="ENOENT")continue;(0,y.mkdirSync)((0,F.join)(t,"bad"),{recursive:!0,mode:448});try{(0,y.renameSync)((0,F.join)(t,c),(0,F.join)(t,"bad",c))}catch{}s.bad++}e.transaction(()=>{for(let{event:c}of a){if(!be(e,c)){s.duplicates++;continue}s.applied++,(c.advice||c.claims)&&Ne(e,c,c.advice,c.claims??[])}}).immediate();for(let{file:c}of a)(0,y.rmSync)((0,F.join)(t,c),{force:!0});r?.(Math.min(i+Et,o.length),o.length)}return s}var si="data-dir-unusable";function Gn(e,t,n,r){let o=n?.message??String(n),s=lt(r,!0);try{if(!s)throw new Error(`no private directory could be made at ${Se(r)}`);let i=pt(s);ye(i,e),ot([_(r),s],"spool",si,`${t} cannot be written (${o}); events are kept in ${i} until it can (run bgtelemetry doctor)`)}catch(i){T("spool",`could not spool ${e.kind} ${e.id}: ${o}; nor in the fallback: ${i.message}`,r)}}function ii(e){let t=lt(e,!1);return t?pt(t):null}function ft(e,t,n=1/0,r){let o=ii(t);return o?pe(e,o,n,r):null}var b=require("node:fs"),vr=require("node:module"),$r=require("node:path");var re=require("node:fs"),B=require("node:path"),ke="better-sqlite3",ai={x64:"x86_64",arm64:"aarch64"};function ci(){if(!(0,re.existsSync)(`/lib/ld-musl-${ai[process.arch]??process.arch}.so.1`))return!1;try{return/\/ld-musl-[^/\s]*\.so/.test((0,re.readFileSync)("/proc/self/maps","latin1"))}catch{return!1}}function Bn(e=process.platform,t=process.arch){return`${e==="linux"&&ci()?"linuxmusl":e}-${t}`}function jn(e){let t=(0,B.join)(e,"build","Release","better_sqlite3.node");if((0,re.existsSync)(t))return t;let n=(0,B.join)(e,"prebuilds",`${Bn()}.node`);return(0,re.existsSync)(n)?n:void 0}function di(e){if(!e)return[];let t=(0,B.join)(e,"..","..");return[(0,B.join)(t,"node_modules",ke),(0,B.join)(t,"..",ke)]}var Fn=22;function ui(e=process.version){return Number(e.replace(/^v/,"").split(".")[0])<Fn?`Node ${e} is too old: bgtelemetry needs Node ${Fn} or newer`:void 0}function li(e,t=typeof require=="function"?require.resolve:void 0){let n=di(e);for(let r of n){let o=jn(r);if(o)return{path:o}}try{if(t){let r=(0,B.dirname)(t(`${ke}/package.json`)),o=jn(r);if(o)return{path:o};n.push(r)}}catch{}return{error:`no ${ke} native addon (${Bn()}) found in ${n.join(", ")||"any node_modules"}`}}function Wn(e){let t=ui();if(t)return{error:t};let{path:n,error:r}=li(e);if(!n)return{error:r};try{let o={exports:{}};return process.dlopen(o,n),{addon:o.exports,path:n}}catch(o){return{path:n,error:pi(n,o.message)}}}function pi(e,t,n=process.version){return`${e} does not load on Node ${n} (${process.platform}-${process.arch}): ${t}`}var Ee;function _t(){if(Ee!==void 0)return Ee;process.removeAllListeners("warning");try{Ee=process.getBuiltinModule("node:sqlite")??null}catch{Ee=null}return Ee}var gt=class{constructor(t){this.statement=t;t.setAllowUnknownNamedParameters?.(!0)}statement;plucked=!1;run(...t){return this.statement.run(...xe(t))}get(...t){let n=this.statement.get(...xe(t));return this.plucked&&n?mt(n):n}all(...t){let n=this.statement.all(...xe(t));return this.plucked?n.map(mt):n}*iterate(...t){for(let n of this.statement.iterate(...xe(t)))yield this.plucked?mt(n):n}pluck(t=!0){return this.plucked=t,this}};function xe(e){return e.some(Array.isArray)?e.flat():e}function mt(e){for(let t in e)return e[t]}var Re=class e{constructor(t){this.db=t}db;depth=0;closed=!1;static connect(t,{busyTimeoutMs:n,readonly:r}){let o=_t();if(!o)throw new Error("node:sqlite is not available in this Node");let s=new e(new o.DatabaseSync(t,{readOnly:r}));return s.db.exec(`PRAGMA busy_timeout = ${Math.max(0,Math.floor(n))}`),s}get open(){return!this.closed}get inTransaction(){return this.db.isTransaction??this.depth>0}prepare(t){return new gt(this.db.prepare(t))}exec(t){return this.db.exec(t),this}pragma(t,n={}){let r=this.prepare(`PRAGMA ${t}`);return n.simple?r.pluck().get():r.all()}transaction(t){let n=r=>()=>this.inside(r,t);return Object.assign(n("BEGIN"),{deferred:n("BEGIN DEFERRED"),immediate:n("BEGIN IMMEDIATE")})}inside(t,n){let r=this.depth>0,o=`bgt_${this.depth}`;this.db.exec(r?`SAVEPOINT ${o}`:t),this.depth++;try{let s=n();return this.db.exec(r?`RELEASE ${o}`:"COMMIT"),s}catch(s){throw this.rollback(r?`ROLLBACK TO ${o}; RELEASE ${o}`:"ROLLBACK"),s}finally{this.depth--}}rollback(t){try{this.db.exec(t)}catch{}}close(){return this.closed||this.db.close(),this.closed=!0,this}};function Ei(e){let t=`replace(${e}, '\\', '/')`;return`replace(${t}, rtrim(${t}, replace(${t}, '/', '')), '')`}var Tt=e=>`COALESCE(${e}.project_id, ${Ei(`${e}.project`)})`,Xn=e=>`COALESCE((SELECT ${e("b")} FROM bash_calls b WHERE b.session_id = a.session_id AND b.tool_use_id = a.tool_use_id), (SELECT ${e("s")} FROM sessions s WHERE s.id = a.session_id))`,qn='event_id, session_id, at, shown, kind, signature, project, project_id, followed, "right", call_fg_ms',Kn=e=>`
    SELECT a.event_id, a.session_id, a.at,
      CASE WHEN a.deferred = 0 OR a.delivered_at IS NOT NULL THEN 1 ELSE 0 END,
      a.kind, a.signature, ${Xn(t=>`${t}.project`)}, ${Xn(Tt)}, a.followed, a."right",
      (SELECT CASE WHEN COALESCE(b.background, 0) <> 1 THEN b.duration_ms END FROM bash_calls b WHERE b.session_id = a.session_id AND b.tool_use_id = a.tool_use_id)
    FROM advice_outcomes a WHERE ${e}`,I=(e,t)=>`
    DELETE FROM advice_facts WHERE event_id IN (SELECT a.event_id FROM advice a WHERE a.session_id = ${e} AND (${t}));
    INSERT INTO advice_facts (${qn}) ${Kn(`a.session_id = ${e} AND (${t})`)};`,Ae=(e,t="IS")=>`a.tool_use_id = ${e}.tool_use_id OR (${e}.background = 1 AND a.prompt_id ${t} ${e}.prompt_id AND a.at < ${e}.started_at)`,ht=e=>`a.tool_use_id IN (SELECT c.tool_use_id FROM bash_calls c WHERE c.session_id = ${e}.session_id AND c.task_id = ${e}.id)`,Yn=`
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
  INSERT INTO advice_facts (${qn}) ${Kn("TRUE")};

  CREATE TRIGGER advice_facts_advice_insert AFTER INSERT ON advice BEGIN${I("NEW.session_id","a.event_id = NEW.event_id")}
  END;
  CREATE TRIGGER advice_facts_advice_update AFTER UPDATE ON advice BEGIN
    DELETE FROM advice_facts WHERE event_id = OLD.event_id;${I("NEW.session_id","a.event_id = NEW.event_id")}
  END;
  CREATE TRIGGER advice_facts_advice_delete AFTER DELETE ON advice BEGIN
    DELETE FROM advice_facts WHERE event_id = OLD.event_id;
  END;
  CREATE TRIGGER advice_facts_call_insert AFTER INSERT ON bash_calls BEGIN${I("NEW.session_id",Ae("NEW"))}
  END;
  CREATE TRIGGER advice_facts_call_update AFTER UPDATE ON bash_calls BEGIN${I("OLD.session_id",`${Ae("OLD")} OR ${Ae("NEW")}`)}
  END;
  CREATE TRIGGER advice_facts_call_delete AFTER DELETE ON bash_calls BEGIN${I("OLD.session_id",Ae("OLD"))}
  END;
  CREATE TRIGGER advice_facts_task_insert AFTER INSERT ON tasks BEGIN${I("NEW.session_id",ht("NEW"))}
  END;
  CREATE TRIGGER advice_facts_task_update AFTER UPDATE ON tasks BEGIN${I("NEW.session_id",ht("NEW"))}
  END;
  CREATE TRIGGER advice_facts_task_delete AFTER DELETE ON tasks BEGIN${I("OLD.session_id",ht("OLD"))}
  END;
  CREATE TRIGGER advice_facts_session_insert AFTER INSERT ON sessions BEGIN${I("NEW.id","TRUE")}
  END;
  CREATE TRIGGER advice_facts_session_update AFTER UPDATE OF project, project_id ON sessions
    WHEN OLD.project IS NOT NEW.project OR OLD.project_id IS NOT NEW.project_id BEGIN${I("NEW.id","TRUE")}
  END;
  CREATE TRIGGER advice_facts_session_delete AFTER DELETE ON sessions BEGIN${I("OLD.id","TRUE")}
  END;
`;var z={call_session_hours:["hour","session_id","project","project_id","backfilled","slow","background","timed_out"],call_signature_hours:["hour","signature","backfilled","slow","background","timed_out"]},fi={hour:"INTEGER NOT NULL",session_id:"TEXT NOT NULL",project:"TEXT",project_id:"TEXT",signature:"TEXT",backfilled:"INTEGER NOT NULL",slow:"INTEGER NOT NULL",background:"INTEGER",timed_out:"INTEGER NOT NULL"},fe=(e,t,n="IS")=>z[e].map(r=>`${e}.${r} ${r==="hour"||r==="session_id"?"=":n} ${t}.${r}`).join(" AND "),Oe=e=>z[e].join(", "),mi=(e,t)=>z[e].map(n=>`${t}.${n}`).join(", "),Jn=(e,t)=>`
    INSERT INTO ${e} (${Oe(e)}, n, ms) SELECT ${mi(e,t)}, 0, 0 WHERE NOT EXISTS (SELECT 1 FROM ${e} WHERE ${fe(e,t)});
    UPDATE ${e} SET n = n + ${t}.n, ms = ms + ${t}.ms WHERE ${fe(e,t)};`,zn=(e,t)=>`
    UPDATE ${e} SET n = n - ${t}.n, ms = ms - ${t}.ms WHERE ${fe(e,t)};
    DELETE FROM ${e} WHERE n = 0 AND ${fe(e,t)};`,gi=e=>`
    UPDATE ${e} SET n = n + NEW.n - OLD.n, ms = ms + NEW.ms - OLD.ms WHERE ${fe(e,"NEW")};`,oe=Object.keys(z),_i=[...new Set(oe.flatMap(e=>z[e]))],Vn=_i.map(e=>`OLD.${e} IS NEW.${e}`).join(" AND "),Zn=`${oe.map(e=>`
  CREATE TABLE ${e} (
    ${z[e].map(t=>`${t} ${fi[t]}`).join(`,
    `)},
    n INTEGER NOT NULL,
    ms INTEGER NOT NULL
  );
  -- Covers the report's read (a range of hours) and the triggers' lookups.
  CREATE INDEX ${e}_by_hour ON ${e}(${Oe(e)}, n, ms);
  INSERT INTO ${e} (${Oe(e)}, n, ms) SELECT ${Oe(e)}, SUM(n), SUM(ms) FROM call_hours GROUP BY ${z[e].map((t,n)=>n+1).join(", ")};`).join("")}

  CREATE TRIGGER call_rollups_insert AFTER INSERT ON call_hours BEGIN${oe.map(e=>Jn(e,"NEW")).join("")}
  END;
  CREATE TRIGGER call_rollups_update AFTER UPDATE ON call_hours WHEN ${Vn} BEGIN${oe.map(gi).join("")}
  END;
  CREATE TRIGGER call_rollups_move AFTER UPDATE ON call_hours WHEN NOT (${Vn}) BEGIN${oe.map(e=>zn(e,"OLD")+Jn(e,"NEW")).join("")}
  END;
  CREATE TRIGGER call_rollups_delete AFTER DELETE ON call_hours BEGIN${oe.map(e=>zn(e,"OLD")).join("")}
  END;
`;var bt=(e,t)=>`(CASE WHEN ${e}.finished_at IS NULL AND ${e}.stopped_at IS NULL THEN ${t}.ended_at WHEN ${e}.finished_at IS NULL THEN ${e}.stopped_at
     WHEN ${e}.stopped_at IS NULL OR ${e}.finished_at < ${e}.stopped_at THEN ${e}.finished_at ELSE ${e}.stopped_at END)`,Qn=e=>`COALESCE((SELECT ${e("b")} FROM bash_calls b WHERE b.session_id = t.session_id AND b.tool_use_id = t.tool_use_id), ${e("s")})`,Ie="session_id, id, started_at, ended_at, running, state, ran_ms, signature, command, project, project_id, backfilled",hi=e=>`
    SELECT t.session_id AS session_id, t.id AS id, t.started_at AS started_at, ${bt("t","s")} AS ended_at,
      (SELECT COUNT(*) FROM tasks u WHERE u.session_id = t.session_id AND u.started_at <= t.started_at
         AND (u.id = t.id OR ${bt("u","s")} IS NULL OR ${bt("u","s")} > t.started_at)) AS running,
      t.state AS state,
      CASE WHEN t.status IN ('completed', 'failed') AND t.finished_at IS NOT NULL THEN
        CASE WHEN t.finished_at > t.started_at THEN t.finished_at - t.started_at ELSE 0 END END AS ran_ms,
      t.signature AS signature, t.command AS command, ${Qn(t=>`${t}.project`)} AS project, ${Qn(Tt)} AS project_id,
      (SELECT b.backfilled FROM bash_calls b WHERE b.session_id = t.session_id AND b.tool_use_id = t.tool_use_id) AS backfilled
    FROM task_states t LEFT JOIN sessions s ON s.id = t.session_id
    WHERE t.started_at IS NOT NULL AND (${e})`,w=(e,t="TRUE")=>`
    DELETE FROM task_facts WHERE session_id = ${e} AND ${t};
    INSERT INTO task_facts (${Ie}) SELECT ${Ie} FROM task_fact_rows WHERE session_id = ${e} AND ${t};`,Nt=(e,t)=>w(t)+w(e,`${e} IS NOT ${t}`),Le=e=>`(${e}.task_id IS NOT NULL AND EXISTS (SELECT 1 FROM tasks x WHERE x.session_id = ${e}.session_id AND x.tool_use_id = ${e}.tool_use_id))`,Ti="OLD.ended_at IS NOT NEW.ended_at OR OLD.project IS NOT NEW.project OR OLD.project_id IS NOT NEW.project_id",bi="OLD.project IS NOT NEW.project OR OLD.project_id IS NOT NEW.project_id OR OLD.backfilled IS NOT NEW.backfilled OR OLD.tool_use_id IS NOT NEW.tool_use_id OR OLD.session_id IS NOT NEW.session_id",er=`
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
  CREATE VIEW task_fact_rows AS ${hi("TRUE")};
  INSERT INTO task_facts (${Ie}) SELECT ${Ie} FROM task_fact_rows;

  CREATE TRIGGER task_facts_task_insert AFTER INSERT ON tasks BEGIN${w("NEW.session_id")}
  END;
  CREATE TRIGGER task_facts_task_update AFTER UPDATE ON tasks BEGIN${Nt("OLD.session_id","NEW.session_id")}
  END;
  CREATE TRIGGER task_facts_task_delete AFTER DELETE ON tasks BEGIN${w("OLD.session_id")}
  END;
  CREATE TRIGGER task_facts_check_insert AFTER INSERT ON task_checks BEGIN${w("NEW.session_id")}
  END;
  CREATE TRIGGER task_facts_check_update AFTER UPDATE ON task_checks BEGIN${Nt("OLD.session_id","NEW.session_id")}
  END;
  CREATE TRIGGER task_facts_check_delete AFTER DELETE ON task_checks BEGIN${w("OLD.session_id")}
  END;
  CREATE TRIGGER task_facts_session_insert AFTER INSERT ON sessions BEGIN${w("NEW.id")}
  END;
  CREATE TRIGGER task_facts_session_update AFTER UPDATE ON sessions WHEN ${Ti} BEGIN${w("NEW.id")}
  END;
  CREATE TRIGGER task_facts_session_delete AFTER DELETE ON sessions BEGIN${w("OLD.id")}
  END;
  CREATE TRIGGER task_facts_call_insert AFTER INSERT ON bash_calls WHEN ${Le("NEW")} BEGIN${w("NEW.session_id")}
  END;
  CREATE TRIGGER task_facts_call_update AFTER UPDATE ON bash_calls WHEN (${bi}) AND (${Le("OLD")} OR ${Le("NEW")}) BEGIN${Nt("OLD.session_id","NEW.session_id")}
  END;
  CREATE TRIGGER task_facts_call_delete AFTER DELETE ON bash_calls WHEN ${Le("OLD")} BEGIN${w("OLD.session_id")}
  END;
`;var De=e=>({hour:`COALESCE(${e}.started_at, ${e}.ended_at) / 3600000`,session_id:`${e}.session_id`,project:`${e}.project`,project_id:`${e}.project_id`,signature:`${e}.signature`,backfilled:`${e}.backfilled`,slow:`(CASE WHEN ${e}.verdict IN ('suggest-background', 'must-background') OR COALESCE(${e}.duration_ms, 0) >= ${e}.threshold_ms THEN 1 ELSE 0 END)`,background:`${e}.background`,timed_out:`(CASE WHEN ${e}.outcome = 'timed-out' OR ${e}.background_reason = 'timeout' THEN 1 ELSE 0 END)`}),St=Object.keys(De("x")),we=e=>Object.entries(De(e)).map(([t,n])=>`call_hours.${t} IS ${n}`).join(" AND "),Ce=e=>`COALESCE(${e}.started_at, ${e}.ended_at) IS NOT NULL`,tr=e=>`
    INSERT INTO call_hours (${St.join(", ")}, n, ms)
      SELECT ${Object.values(De(e)).join(", ")}, 0, 0 WHERE ${Ce(e)} AND NOT EXISTS (SELECT 1 FROM call_hours WHERE ${we(e)});
    UPDATE call_hours SET n = n + 1, ms = ms + COALESCE(${e}.duration_ms, 0) WHERE ${Ce(e)} AND ${we(e)};`,nr=e=>`
    UPDATE call_hours SET n = n - 1, ms = ms - COALESCE(${e}.duration_ms, 0) WHERE ${Ce(e)} AND ${we(e)};
    DELETE FROM call_hours WHERE n = 0 AND ${we(e)};`,rr=e=>`
    INSERT INTO hook_hours (hour, wall_ms, n) VALUES (${e}.at / 3600000, ${e}.wall_ms, 1)
      ON CONFLICT (hour, wall_ms) DO UPDATE SET n = n + 1;`,or=e=>`
    UPDATE hook_hours SET n = n - 1 WHERE hour = ${e}.at / 3600000 AND wall_ms = ${e}.wall_ms;
    DELETE FROM hook_hours WHERE n = 0 AND hour = ${e}.at / 3600000 AND wall_ms = ${e}.wall_ms;`,sr=`
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
  INSERT INTO call_hours (${St.join(", ")}, n, ms)
    SELECT ${Object.values(De("b")).join(", ")}, COUNT(*), COALESCE(SUM(b.duration_ms), 0)
    FROM bash_calls b WHERE ${Ce("b")}
    GROUP BY ${St.map((e,t)=>t+1).join(", ")};

  CREATE TABLE hook_hours (
    hour INTEGER NOT NULL,
    wall_ms REAL NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (hour, wall_ms)
  ) WITHOUT ROWID;
  INSERT INTO hook_hours (hour, wall_ms, n) SELECT at / 3600000, wall_ms, COUNT(*) FROM hook_runs GROUP BY 1, 2;

  CREATE TRIGGER call_hours_insert AFTER INSERT ON bash_calls BEGIN${tr("NEW")}
  END;
  CREATE TRIGGER call_hours_update AFTER UPDATE ON bash_calls BEGIN${nr("OLD")}${tr("NEW")}
  END;
  CREATE TRIGGER call_hours_delete AFTER DELETE ON bash_calls BEGIN${nr("OLD")}
  END;
  CREATE TRIGGER hook_hours_insert AFTER INSERT ON hook_runs BEGIN${rr("NEW")}
  END;
  CREATE TRIGGER hook_hours_update AFTER UPDATE OF at, wall_ms ON hook_runs BEGIN${or("OLD")}${rr("NEW")}
  END;
  CREATE TRIGGER hook_hours_delete AFTER DELETE ON hook_runs BEGIN${or("OLD")}
  END;
`;var ir=`CREATE VIEW task_states AS
  SELECT t.*,
    (SELECT COUNT(*) FROM task_checks c WHERE c.session_id = t.session_id AND c.task_id = t.id) AS checks,
    CASE
      WHEN t.stopped_at IS NOT NULL THEN 'stopped'
      WHEN EXISTS (SELECT 1 FROM task_checks c WHERE c.session_id = t.session_id AND c.task_id = t.id) THEN 'checked'
      WHEN t.status IN ('completed', 'failed', 'ended') THEN 'unchecked-finished'
      WHEN s.ended_at IS NOT NULL THEN 'orphaned'
      ELSE 'unchecked-running'
    END AS state
  FROM tasks t LEFT JOIN sessions s ON s.id = t.session_id;`,ar=`prompt_id TEXT,
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
    ${ar}
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
  ${ir}

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
    ${ar},
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

  ${ir}

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
  `},{cost:"heavy",sql:sr},{cost:"heavy",sql:Yn},{cost:"heavy",sql:Zn},{cost:"heavy",sql:er}],V=me.length;var Ki={},A=class extends Error{constructor(n,r){super(r);this.kind=n}kind},je;function Ui(){if(typeof __dirname=="string"){if(je??=Wn(__dirname),!je.addon)throw new A("binding",je.error??"the SQLite binding did not load");return je.addon}}var Pi={5:"SQLITE_BUSY",6:"SQLITE_LOCKED",11:"SQLITE_CORRUPT",26:"SQLITE_NOTADB"};function Hi(e){let{code:t="",errcode:n}=e??{};return t==="ERR_SQLITE_ERROR"&&typeof n=="number"?Pi[n&255]??`SQLITE_ERROR_${n}`:t}function ie(e){if(e instanceof A)return e;let t=Hi(e),n=e?.message??String(e);return t==="ERR_DLOPEN_FAILED"||t==="MODULE_NOT_FOUND"&&/better[-_]sqlite3/.test(n)?new A("binding",n):t==="SQLITE_BUSY"||t==="SQLITE_LOCKED"||t.startsWith("SQLITE_BUSY_")?new A("busy",n):t==="SQLITE_NOTADB"||t==="SQLITE_CORRUPT"||t.startsWith("SQLITE_CORRUPT_")?new A("corrupt",n):new A("unavailable",`${t?t+": ":""}${n}`)}function Gi(e){let t;try{t=(0,b.statSync)(e).isFile()}catch{return}if(!t)throw new A("unavailable","not a regular file (a FIFO, device or directory): SQLite cannot use it")}function ge(e=process.env){return e.BGTELEMETRY_SQLITE_DRIVER!=="better-sqlite3"&&_t()?"node:sqlite":"better-sqlite3"}var ji={"node:sqlite":Re.connect,"better-sqlite3":(e,t)=>Wi(e,t)};function Fe(e,t,n=ge()){return Fi(ji[n],e,t)}function Fi(e,t,n){let r;try{Gi(t);let o=n.readonly===!0;return o||((0,b.mkdirSync)((0,$r.dirname)(t),{recursive:!0,mode:448}),(0,b.existsSync)(t)||Xi(e,t)),r=e(t,{busyTimeoutMs:n.busyTimeoutMs,readonly:o}),r.pragma("synchronous = NORMAL"),Mr(r,{readonly:o,heavy:n.heavyMigrations,onStep:n.onMigration}),r}catch(o){throw r?.close(),ie(o)}}function Bi(){return typeof require=="function"?Dr():(0,vr.createRequire)(Ki.url)("better-sqlite3")}function Wi(e,{busyTimeoutMs:t,readonly:n}){let r=Bi();return new r(e,{timeout:t,readonly:n,fileMustExist:n,nativeBinding:Ui()})}function Xi(e,t){let n=`${t}.${process.pid}.new`;try{let r=e(n,{busyTimeoutMs:0,readonly:!1});try{(0,b.chmodSync)(n,384),Mr(r)}finally{r.close()}try{(0,b.linkSync)(n,t)}catch(o){if(o.code!=="EEXIST"){if((0,b.existsSync)(t))return;(0,b.renameSync)(n,t)}}}finally{for(let r of["","-wal","-shm","-journal"])(0,b.rmSync)(n+r,{force:!0})}}function qi(e){return me.slice(e).some(t=>t.cost==="heavy")}function Mr(e,{readonly:t=!1,heavy:n="run",onStep:r}={}){let o=e.pragma("user_version",{simple:!0});if(o!==V){if(o>V)throw new A("unavailable",`the database has schema version ${o}, newer than this bgtelemetry understands (${V}): upgrade bgtelemetry`);if(t)throw new A("unavailable",`the database has schema version ${o} and needs a migration to ${V}`);if(n==="defer"&&qi(o))throw new A("migrating",`the database has schema version ${o}; its migration to ${V} runs in the background`);e.pragma("journal_mode = WAL"),e.transaction(()=>{for(let s=e.pragma("user_version",{simple:!0});s<V;s++)r?.({from:s,to:s+1,cost:me[s].cost}),e.exec(me[s].sql),e.pragma(`user_version = ${s+1}`)}).immediate()}}function Ur(e,t=new Date){let n=t.toISOString().replace(/[:.]/g,"-"),r=`${e}.corrupt-${n}`;for(let o of["","-wal","-shm"])try{(0,b.renameSync)(e+o,r+o)}catch{}return r}var Yi="migrate.cjs",Ji=600*1e3,ed=600*1e3,zi=e=>`${e}.migrating`,Vi=e=>`${e}.migration-failed`;function Zi(e){try{let t=JSON.parse((0,ae.readFileSync)(Vi(e),"utf8"));return typeof t.at=="number"&&typeof t.message=="string"?t:null}catch{return null}}function Hr(e,t,n,r=Date.now()){let o=(0,Pr.join)(n,Yi);if(!(0,ae.existsSync)(o))return"no-migrator";let s=Zi(e);if(s&&r-s.at<Ji)return"backing-off";let i=zi(e);return ee(i,r)?(te(i,process.execPath,[o,e],{env:t}),"started"):"running"}var At=require("node:fs");var Be=new Map,Gr=!1;var jr=()=>Gr;function Qi(e,t){try{let n=(0,At.statSync)(e);return n.dev===t.dev&&n.ino===t.ino&&t.db.open}catch{return!1}}function Ot(e,t,n){if(!Gr)return Fe(e,t,ge(n));let r=Be.get(e);if(r&&Qi(e,r))return r.db;r&&Lt(r.db);let o=Fe(e,t,ge(n)),s=(0,At.statSync)(e);return Be.set(e,{db:o,dev:s.dev,ino:s.ino}),o}function Lt(e){for(let[t,n]of Be)n.db===e&&Be.delete(t);try{e.close()}catch{}}var ea=150,ta=120,Fr={busyTimeoutMs:ea,heavyMigrations:"defer"},We=class e{constructor(t,n,r,o,s){this.db=t;this.problem=n;this.path=r;this.spool=o;this.env=s}db;problem;path;spool;env;static open(t,n){let r=Te(t,n?.database),o=nt(t),s=new e(null,null,r,o,t);try{s.db=Ot(r,Fr,t)}catch(i){s.problem=ie(i),s.problem.kind==="corrupt"&&s.startAfresh(s.problem),s.problem?.kind==="migrating"&&s.migrateInBackground();let a=s.problem;a?.kind==="binding"?rt("store",`binding-${Z(process.version+a.message)}`,`SQLite cannot be loaded: ${a.message}; events wait in ${o} (run bgtelemetry doctor)`,t):a&&a.kind!=="busy"&&a.kind!=="migrating"&&T("store",`cannot open ${r}: ${a.message}; events go to ${o}`,t)}if(s.db)try{let i=Date.now()+ta;pe(s.db,o,i),ft(s.db,t,i)}catch(i){let a=ie(i);a.kind==="corrupt"?s.startAfresh(a):a.kind!=="busy"&&T("spool",i,t)}return s}migrateInBackground(){if(typeof __dirname=="string")try{Hr(this.path,this.env,__dirname)}catch(t){T("store",`could not start the migration of ${this.path}: ${t.message}`,this.env)}}startAfresh(t){this.close(),this.db=null;let n=Ur(this.path);T("store",`${this.path} is not a usable SQLite database (${t.message}); moved it to ${n} and started a new one`,this.env);try{this.db=Ot(this.path,Fr,this.env),this.problem=null}catch(r){this.problem=ie(r)}}write(t,n){let r=t.advice?{advice:t.advice,claims:t.claims??[]}:null;for(let o=0;o<2&&this.db;o++){let s=this.db;try{let i=!1,a=s.transaction(()=>{if(!be(s,t))return null;i=!0;let c=r??n?.(s)??null;if(!c)return null;let u=c.claims[0];return u&&g(s,"SELECT 1 FROM claims WHERE session_id = ? AND key = ?").get(t.session,u)?null:(Ne(s,t,c.advice,c.claims),c.advice)}).immediate();return{stored:!0,applied:i,advice:a}}catch(i){let a=ie(i);if(a.kind==="corrupt"&&o===0){this.startAfresh(a);continue}a.kind!=="busy"&&T("store",`writing ${t.kind}: ${a.message}`,this.env);break}}try{ye(this.spool,t)}catch(o){o instanceof le?rt("spool","spool-full",`${o.message}: newer events are dropped until the database can be written (run bgtelemetry doctor)`,this.env):Gn(t,this.spool,o,this.env)}return{stored:!1,applied:!0,advice:r?.advice??null}}claimed(t,n){if(!this.db)return!1;try{return!!g(this.db,"SELECT 1 FROM claims WHERE session_id = ? AND key = ?").get(t,n)}catch{return!1}}claim(t,n){if(!this.db)return!0;try{return g(this.db,"INSERT OR IGNORE INTO claims (session_id, key, at) VALUES (?, ?, ?)").run(t,n,Date.now()).changes===1}catch{return!0}}read(t,n){if(!this.db)return t;try{return n(this.db)}catch{return t}}done(){!wn()&&!jr()&&this.close()}close(){this.db&&Lt(this.db)}};var lo=require("node:os");var na=e=>e/2**32|0,ra=e=>e>>>0;function Br(e,t,n,r){let o=na(n),s=ra(n);e.setUint32(t,r?s:o,r),e.setUint32(t+4,r?o:s,r)}function Wr(e){return e instanceof Uint8Array||ArrayBuffer.isView(e)&&e.constructor.name==="Uint8Array"&&"BYTES_PER_ELEMENT"in e&&e.BYTES_PER_ELEMENT===1}var It=e=>e?`"${e}" `:"";function oa(e,t=""){if(typeof e!="number")throw new TypeError(It(t)+"expected number, got "+typeof e);if(!Number.isSafeInteger(e)||e<0)throw new RangeError(It(t)+"expected integer >= 0, got "+e);return e}function Xe(e,t,n=""){if(Wr(e)&&(t===void 0||e.length===t))return e;t!==void 0&&oa(t,"length");let r=Wr(e),o=t!==void 0?` of length ${t}`:"",s=r?`length=${e.length}`:`type=${typeof e}`,i=It(n)+"expected Uint8Array"+o+", got "+s;throw r?new RangeError(i):new TypeError(i)}var sa=(e,t)=>{if(e===null||typeof e!="object"||Array.isArray(e))throw new TypeError((t==="object"?"":`"${t}" `)+"expected object, got type="+typeof e)},Xr=(e,t)=>{sa(e,t);let n=Object.getPrototypeOf(e);if(n!==Object.prototype&&n!==null)throw new TypeError(`"${t}" expected plain object`);if(Object.hasOwn(e,"__proto__"))throw new TypeError(`"${t}.__proto__" is not allowed`)};function wt(e,t=!0){if(e.destroyed)throw new Error("hash was destroyed");if(t&&e.finished)throw new Error("digest() was already called")}function qr(e,t){Xe(e,void 0,"output");let n=t.outputLen;if(!(e.length>=n))throw new RangeError('"output" expected length >= '+n)}function qe(...e){for(let t=0;t<e.length;t++)e[t].fill(0)}function Ke(e){return new DataView(e.buffer,e.byteOffset,e.byteLength)}function D(e,t){return e<<32-t|e>>>t}var ia=typeof Uint8Array.from([]).toHex=="function"&&typeof Uint8Array.fromHex=="function",aa=Array.from({length:256},(e,t)=>t.toString(16).padStart(2,"0"));function Kr(e){if(Xe(e),ia)return e.toHex();let t="";for(let n=0;n<e.length;n++)t+=aa[e[n]];return t}function Yr(e){if(typeof e!="string")throw new TypeError("string expected");let t=new TextEncoder().encode(e);try{return new Uint8Array(t)}finally{qe(t)}}function ca(e,t,n="opts"){return Xr(e,"defaults"),t!==void 0&&Xr(t,n),Object.assign(Object.create(null),e,t)}function Jr(e,t={}){if(typeof e!="function")throw new TypeError('"hashCons" expected function, got type='+typeof e);t=ca({},t,"info");let n=(o,s)=>e(s).update(o).digest(),r=e(void 0);return n.outputLen=r.outputLen,n.blockLen=r.blockLen,n.canXOF=r.canXOF,n.create=o=>e(o),Object.assign(n,t),Object.freeze(n)}var zr=e=>({oid:Uint8Array.from([6,9,96,134,72,1,101,3,4,2,e])});function Vr(e,t,n){return e&t^~e&n}function Zr(e,t,n){return e&t^e&n^t&n}var Ye=class{blockLen;outputLen;canXOF=!1;padOffset;isLE;buffer;view;finished=!1;length=0;pos=0;destroyed=!1;constructor(t,n,r,o){this.blockLen=t,this.outputLen=n,this.padOffset=r,this.isLE=o,this.buffer=new Uint8Array(t),this.view=Ke(this.buffer)}update(t){wt(this),Xe(t);let{view:n,buffer:r,blockLen:o}=this,s=t.length,i=!1;for(let a=0;a<s;){let c=Math.min(o-this.pos,s-a);if(c===o){let u=Ke(t);for(;o<=s-a;a+=o)this.process(u,a);i=!0;continue}r.set(a===0&&c===s?t:t.subarray(a,a+c),this.pos),this.pos+=c,a+=c,this.pos===o&&(this.process(n,0),this.pos=0,i=!0)}return this.length+=t.length,i&&this.roundClean(),this}digestInto(t){wt(this),qr(t,this),this.finished=!0;let{buffer:n,view:r,blockLen:o,isLE:s}=this,{pos:i}=this;n[i++]=128,n.fill(0,i),this.padOffset>o-i&&(this.process(r,0),n.fill(0)),Br(r,o-8,this.length*8,s),this.process(r,0),this.roundClean();let a=t===n?r:Ke(t),c=this.outputLen,u=c/4,p=this.get();if(c%4||u>p.length)throw new Error("invalid outputLen");for(let d=0;d<u;d++)a.setUint32(4*d,p[d],s)}digest(){let{buffer:t,outputLen:n}=this;this.digestInto(t);let r=t.slice(0,n);return this.destroy(),r}_cloneIntoMeta(t){let{buffer:n,length:r,finished:o,destroyed:s,pos:i}=this;return t.destroyed=s,t.finished=o,t.length=r,t.pos=i,i&&t.buffer.set(n),t}clone(){return this._cloneInto()}},Qr=Uint32Array.from([1779033703,3144134277,1013904242,2773480762,1359893119,2600822924,528734635,1541459225]);var da=Uint32Array.from([1116352408,1899447441,3049323471,3921009573,961987163,1508970993,2453635748,2870763221,3624381080,310598401,607225278,1426881987,1925078388,2162078206,2614888103,3248222580,3835390401,4022224774,264347078,604807628,770255983,1249150122,1555081692,1996064986,2554220882,2821834349,2952996808,3210313671,3336571891,3584528711,113926993,338241895,666307205,773529912,1294757372,1396182291,1695183700,1986661051,2177026350,2456956037,2730485921,2820302411,3259730800,3345764771,3516065817,3600352804,4094571909,275423344,430227734,506948616,659060556,883997877,958139571,1322822218,1537002063,1747873779,1955562222,2024104815,2227730452,2361852424,2428436474,2756734187,3204031479,3329325298]),X=new Uint32Array(64),Ct=class extends Ye{A=0;B=0;C=0;D=0;E=0;F=0;G=0;H=0;constructor(t,n){super(64,t,8,!1),this.A=n[0]|0,this.B=n[1]|0,this.C=n[2]|0,this.D=n[3]|0,this.E=n[4]|0,this.F=n[5]|0,this.G=n[6]|0,this.H=n[7]|0}get(){let{A:t,B:n,C:r,D:o,E:s,F:i,G:a,H:c}=this;return[t,n,r,o,s,i,a,c]}set(t,n,r,o,s,i,a,c){this.A=t|0,this.B=n|0,this.C=r|0,this.D=o|0,this.E=s|0,this.F=i|0,this.G=a|0,this.H=c|0}_cloneInto(t){return(t||=new this.constructor).set(...this.get()),this._cloneIntoMeta(t)}process(t,n){for(let d=0;d<16;d++,n+=4)X[d]=t.getUint32(n,!1);for(let d=16;d<64;d++){let h=X[d-15],l=X[d-2],U=D(h,7)^D(h,18)^h>>>3,P=D(l,17)^D(l,19)^l>>>10;X[d]=P+X[d-7]+U+X[d-16]|0}let{A:r,B:o,C:s,D:i,E:a,F:c,G:u,H:p}=this;for(let d=0;d<64;d++){let h=D(a,6)^D(a,11)^D(a,25),l=p+h+Vr(a,c,u)+da[d]+X[d]|0,P=(D(r,2)^D(r,13)^D(r,22))+Zr(r,o,s)|0;p=u,u=c,c=a,a=i+l|0,i=s,s=o,o=r,r=l+P|0}r=r+this.A|0,o=o+this.B|0,s=s+this.C|0,i=i+this.D|0,a=a+this.E|0,c=c+this.F|0,u=u+this.G|0,p=p+this.H|0,this.set(r,o,s,i,a,c,u,p)}roundClean(){qe(X)}destroy(){this.destroyed=!0,this.set(0,0,0,0,0,0,0,0),qe(this.buffer)}},Dt=class extends Ct{constructor(){super(32,Qr)}};var eo=Jr(()=>new Dt,zr(1));function ua(e){return Kr(eo(Yr(e.trim().toLowerCase()))).slice(0,12)}function to(e,t){let n=e.name?.trim();if(n)return n;if(t?.trim())return e.hash?ua(t):t.trim().toLowerCase()}var no=require("node:os"),k=require("node:path");var la=256*1024;function vt(e){try{return j(e,la).toString("utf8")}catch{return null}}function pa(e){let t="",n=!1;for(let r=0;r<e.length;r++){let o=e[r];if(o==="\\"&&r+1<e.length)t+=e[++r];else if(o==='"')n=!n;else{if(!n&&(o==="#"||o===";"))break;t+=o}}return t.trim()}var Ea=/^\[\s*([A-Za-z0-9.-]+)(?:\s+"((?:[^"\\]|\\.)*)")?\s*\]\s*(?:[#;].*)?$/,fa=/^([A-Za-z][A-Za-z0-9-]*)\s*(?:=\s*(.*))?$/;function ma(e,t=new Map){let n;for(let r of e.split(/\r?\n/)){let o=r.trim();if(!o||o.startsWith("#")||o.startsWith(";"))continue;let s=Ea.exec(o);if(s){let a=s[2]===void 0?s[1].toLowerCase():`${s[1].toLowerCase()} "${s[2]}"`;n=t.get(a)??new Map,t.set(a,n);continue}let i=fa.exec(o);i&&n&&n.set(i[1].toLowerCase(),i[2]===void 0?"true":pa(i[2]))}return t}function ro(e){let t=e.HOME||(0,no.homedir)();return[(0,k.join)(e.XDG_CONFIG_HOME||(0,k.join)(t,".config"),"git","config"),(0,k.join)(t,".gitconfig")]}function $t(e){let t=(0,k.join)(e,".git"),n=vt(t);if(n===null)return(0,k.join)(t,"config");let r=/^gitdir:\s*(.+)$/m.exec(n)?.[1]?.trim();if(!r)return null;let o=(0,k.isAbsolute)(r)?r:(0,k.resolve)(e,r),s=vt((0,k.join)(o,"commondir"))?.trim();return(0,k.join)(s?(0,k.resolve)(o,s):o,"config")}function Je(e){let t=new Map;for(let n of e){let r=n===null?null:vt(n);r!==null&&ma(r,t)}return t}function Mt(e){return e.get("user")?.get("email")||void 0}function Ut(e){let t=e.get('remote "origin"')?.get("url");if(t)return t;for(let[n,r]of e)if(n.startsWith('remote "')&&r.get("url"))return r.get("url")}var q=require("node:fs"),io=require("node:path");function oo(e){let{randomBytes:t}=process.getBuiltinModule("node:crypto");return t(e).toString("hex")}var ga=/^[0-9a-f]{16}$/;function _a(e){return(0,io.join)(_(e),"machine-id")}function so(e){try{let t=j(e,64).toString("utf8").trim();return ga.test(t)?t:void 0}catch{return}}function ao(e){let t=_a(e),n=so(t);if(n)return n;let r=`${t}.${process.pid}.new`;try{(0,q.mkdirSync)(_(e),{recursive:!0,mode:448}),(0,q.writeFileSync)(r,`${oo(8)}
`,{mode:384,flag:"wx"})}catch{return}try{(0,q.linkSync)(r,t)}catch{}try{(0,q.rmSync)(r,{force:!0})}catch{}return so(t)}var co=require("node:path");var ha=/^([a-z][a-z0-9+.-]*):\/\/(?:[^/?#]*@)?([^/:?#@]+)(?::\d*)?(\/[^?#]*)?/i,Ta=/^(?:[^@/]+@)?([^@/:\s]{2,}):(?!\/\/)([^?#]*)$/,ba=new Set(["file"]);function Na(e){let t=e.trim(),n,r,o=ha.exec(t),s=o?null:Ta.exec(t);if(o){if(ba.has(o[1].toLowerCase()))return;n=o[2],r=o[3]??""}else if(s)n=s[1],r=s[2];else return;let i=r.replace(/\/+$/,"").replace(/\.git$/i,"").replace(/^\/*~?\/*/,"").replace(/\/{2,}/g,"/");if(i)return`${n.toLowerCase().replace(/\.$/,"")}/${i}`}function uo(e,t){return(t!==void 0?Na(t):void 0)??((0,co.basename)(e)||e)}var Pt;function po(e,t,n){let r=JSON.stringify([e,t,n.HOME,n.XDG_CONFIG_HOME,n.BGTELEMETRY_HOME,n.CLAUDE_CONFIG_DIR]);if(Pt?.key===r)return Pt.identity;let o=$t(e),s=Je([o]),i=Mt(s)??Mt(Je(ro(n))),a=ao(n),c={developer:to(t,i),machine:a&&t.hostname?`${(0,lo.hostname)()}/${a}`:a,projectId:uo(e,Ut(s))};return Pt={key:r,identity:c},c}async function Eo(e,t){let n=t.CLAUDE_PROJECT_DIR||e.cwd,{config:r,problems:o}=await bn(n,t),s=We.open(t,r);if(o.length){let c=`config-problems:${o.join("|").length}:${o[0]}`;s.claim(e.session_id,c)&&T("config",o.join("; "),t)}let i=yn(e.cwd),a=po(i,r.identity,t);return{env:t,input:e,config:r,project:i,identity:a,generation:pn(e),store:s,now:Date.now(),projectDir:n}}function Ht(e){return Math.floor(e.now/5e3)}function ze(e,t,n){return{id:n,at:e.now,session:e.input.session_id,hook:t,wallMs:Nn(e.env),generation:e.input.hook_event_name==="SessionStart"||e.input.hook_event_name==="SessionEnd"?void 0:e.generation,cwd:e.input.cwd,project:e.project,projectId:e.identity.projectId,developer:e.identity.developer,machine:e.identity.machine,promptId:e.input.prompt_id}}async function fo(e,t=process.env){let n=ln(e);if(!n)return null;let r=await Eo(n,t);try{let o=n.session_id;if(n.hook_event_name==="SessionStart"){let s=n.source;r.store.write({...ze(r,"SessionStart",`start:${o}:${s??""}:${Ht(r)}`),kind:"session-start",source:s})}else if(n.hook_event_name==="SessionEnd")r.store.write({...ze(r,"SessionEnd",`end:${o}`),kind:"session-end",reason:n.reason});else{let s=n.background_tasks??null,i=s?s.filter(c=>typeof c?.id=="string").map(c=>({id:c.id,command:typeof c.command=="string"?on(c.command).slice(0,2e3):void 0})):null,a=`${n.prompt_id??Ht(r)}:${Z(JSON.stringify(s??[])+(n.last_assistant_message??""))}`;r.store.write({...ze(r,"Stop",`stop:${o}:${a}`),kind:"turn-end",running:i})}return null}finally{r.store.done(),n.hook_event_name!=="SessionStart"&&Sa(r,n.hook_event_name==="SessionEnd")}}function Sa(e,t){if(typeof __dirname!="string")return;let{team:n,database:r}=e.config,o={url:e.env.BGTELEMETRY_TEAM_URL||n.url,intervalMinutes:n.syncIntervalMinutes,command:n.syncCommand,sessionEnd:t};try{mn(Te(e.env,r),o,e.env,__dirname,e.projectDir)}catch(s){T("team-sync",`could not start the team sync: ${s.message}`,e.env)}}var v=require("node:fs"),bo=require("node:path");var mo="9cb29ab40390de95";var go=require("node:fs"),Ve=require("node:path");var ya=(e=process.env)=>(0,Ve.join)(_(e),"daemon.port");var _o=(e=process.env)=>(0,Ve.join)(_(e),"daemon.lock"),Gt=(e=process.env)=>(0,Ve.join)(_(e),"daemon.failed"),ho=600*1e3;function To(e=process.env){try{let[t,n,r]=(0,go.readFileSync)(ya(e),"utf8").trim().split(" "),o={port:Number(t),pid:Number(n),version:r??""};return Number.isInteger(o.port)&&o.port>0&&Number.isInteger(o.pid)&&o.pid>0&&o.version?o:null}catch{return null}}var ka="--start-daemon",xa="--daemon-hung";function Ra(e,t){try{return t-(0,v.statSync)(Gt(e)).mtimeMs<ho}catch{return!1}}function Aa(e,t=process.env,n=Date.now(),r=!1){let o=_o(t),s=de(o,n),i=To(t);return r&&s!==null&&s===i?.pid&&(process.kill(s,"SIGKILL"),Oa(o,s),s=null),s!==null&&s===i?.pid&&i.version!==mo?(process.kill(s,"SIGTERM"),"replacing"):s!==null?s===i?.pid?"running":"starting":Ra(t,n)?"failed-recently":((0,v.mkdirSync)(_(t),{recursive:!0,mode:448}),ee(o,n)?((0,v.rmSync)(Gt(t),{force:!0}),te(o,process.execPath,["--lite-mode",(0,bo.join)(e,"daemon.cjs")],{env:t,cwd:_(t)}),"started"):"starting")}function Oa(e,t){try{if((0,v.readFileSync)(e,"utf8").trim()!==String(t))return;let n=`${e}.killed-${process.pid}`;(0,v.renameSync)(e,n),(0,v.rmSync)(n,{force:!0})}catch{}}function No(e){if(process.argv.includes(ka))try{Aa(e,process.env,Date.now(),process.argv.includes(xa))}catch(t){T("daemon",`could not start the daemon: ${t.message}`)}}Cn("Lifecycle",e=>fo(e),()=>No(__dirname));
