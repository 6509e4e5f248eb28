"use strict";var Zt=Object.create;var ke=Object.defineProperty;var en=Object.getOwnPropertyDescriptor;var tn=Object.getOwnPropertyNames;var nn=Object.getPrototypeOf,rn=Object.prototype.hasOwnProperty;var g=(e,t)=>()=>{try{return t||e((t={exports:{}}).exports,t),t.exports}catch(n){throw t=0,n}};var on=(e,t,n,r)=>{if(t&&typeof t=="object"||typeof t=="function")for(let o of tn(t))!rn.call(e,o)&&o!==n&&ke(e,o,{get:()=>t[o],enumerable:!(r=en(t,o))||r.enumerable});return e};var Se=(e,t,n)=>(n=e!=null?Zt(nn(e)):{},on(t||!e||!e.__esModule?ke(n,"default",{value:e,enumerable:!0}):n,e));var $=g(Z=>{"use strict";Z.getBooleanOption=(e,t)=>{let n=!1;if(t in e&&typeof(n=e[t])!="boolean")throw new TypeError(`Expected the "${t}" option to be a boolean`);return n};Z.cppdb=Symbol();Z.inspect=Symbol.for("nodejs.util.inspect.custom")});var Ee=g((so,Ze)=>{"use strict";var ee=class e extends Error{constructor(t,n){if(typeof n!="string")throw new TypeError("Expected second argument to be a string");super(""+t),this.code=n,typeof Error.captureStackTrace=="function"&&Error.captureStackTrace(this,e)}};Object.defineProperty(ee.prototype,"name",{value:"SqliteError",writable:!0,enumerable:!1,configurable:!0});Ze.exports=ee});var et=g(v=>{"use strict";var{cppdb:A}=$();v.prepare=function(t){return this[A].prepare(t,this,!1,!1)};v.exec=function(t){return this[A].exec(t),this};v.close=function(){return this[A].close(),this};v.loadExtension=function(...t){return this[A].loadExtension(...t),this};v.defaultSafeIntegers=function(...t){return this[A].defaultSafeIntegers(...t),this};v.unsafeMode=function(...t){return this[A].unsafeMode(...t),this};v.getters={name:{get:function(){return this[A].name},enumerable:!0},open:{get:function(){return this[A].open},enumerable:!0},inTransaction:{get:function(){return this[A].inTransaction},enumerable:!0},readonly:{get:function(){return this[A].readonly},enumerable:!0},memory:{get:function(){return this[A].memory},enumerable:!0}}});var rt=g((ao,nt)=>{"use strict";var{cppdb:Gn}=$(),tt=new WeakMap;nt.exports=function(t){if(typeof t!="function")throw new TypeError("Expected first argument to be a function");let n=this[Gn],r=qn(n,this),{apply:o}=Function.prototype,s={default:{value:te(o,t,n,r.default)},deferred:{value:te(o,t,n,r.deferred)},immediate:{value:te(o,t,n,r.immediate)},exclusive:{value:te(o,t,n,r.exclusive)},database:{value:this,enumerable:!0}};return Object.defineProperties(s.default.value,s),Object.defineProperties(s.deferred.value,s),Object.defineProperties(s.immediate.value,s),Object.defineProperties(s.exclusive.value,s),s.default.value};var qn=(e,t)=>{let n=tt.get(e);if(!n){let r={commit:e.prepare("COMMIT",t,!1,!1),rollback:e.prepare("ROLLBACK",t,!1,!1),savepoint:e.prepare("SAVEPOINT `	_bs3.	`",t,!1,!1),release:e.prepare("RELEASE `	_bs3.	`",t,!1,!1),rollbackTo:e.prepare("ROLLBACK TO `	_bs3.	`",t,!1,!1)};tt.set(e,n={default:Object.assign({begin:e.prepare("BEGIN",t,!1,!1)},r),deferred:Object.assign({begin:e.prepare("BEGIN DEFERRED",t,!1,!1)},r),immediate:Object.assign({begin:e.prepare("BEGIN IMMEDIATE",t,!1,!1)},r),exclusive:Object.assign({begin:e.prepare("BEGIN EXCLUSIVE",t,!1,!1)},r)})}return n},te=(e,t,n,{begin:r,commit:o,rollback:s,savepoint:i,release:a,rollbackTo:d})=>function(){let h,_,m;n.inTransaction?(h=i,_=a,m=d):(h=r,_=o,m=s),h.run();try{let k=e.call(t,this,arguments);if(k&&typeof k.then=="function")throw new TypeError("Transaction function cannot return a promise");return _.run(),k}catch(k){throw n.inTransaction&&(m.run(),m!==s&&_.run()),k}}});var st=g((co,ot)=>{"use strict";var{getBooleanOption:Yn,cppdb:Kn}=$();ot.exports=function(t,n){if(n==null&&(n={}),typeof t!="string")throw new TypeError("Expected first argument to be a string");if(typeof n!="object")throw new TypeError("Expected second argument to be an options object");let r=Yn(n,"simple"),o=this[Kn].prepare(`PRAGMA ${t}`,this,!0,!1);return r?o.pluck().get():o.all()}});var at=g((uo,it)=>{"use strict";var{cppdb:Jn}=$();it.exports=function(t){if(typeof t!="string")throw new TypeError("Expected first argument to be a string");return this[Jn].prepare(`EXPLAIN ${t}`,this,!1,!0).all()}});var ct=g((lo,dt)=>{dt.exports=function(){throw new Error("not available in a bgtelemetry hook")}});var lt=g((po,ut)=>{ut.exports=function(){throw new Error("not available in a bgtelemetry hook")}});var mt=g((mo,pt)=>{pt.exports=function(){throw new Error("not available in a bgtelemetry hook")}});var ft=g((Eo,Et)=>{Et.exports=function(){throw new Error("not available in a bgtelemetry hook")}});var ht=g((fo,gt)=>{gt.exports=function(){throw new Error("not available in a bgtelemetry hook")}});var Tt=g((go,_t)=>{_t.exports=function(){throw new Error("not available in a bgtelemetry hook")}});var kt=g((ho,bt)=>{"use strict";var Vn=require("fs"),zn=require("path"),ne=$(),Qn=Ee();bt.exports=function(t,n){function r(s,i){if(new.target==null)return new r(s,i);let a,d;if(Buffer.isBuffer(s))a=s,s=":memory:";else if(typeof s=="number"){if(!Number.isInteger(s)||s<0||s>2147483647)throw new TypeError("Expected the file descriptor to be a non-negative 32-bit integer");d=s,s=`fd:${d}`}if(s==null&&(s=""),i==null&&(i={}),typeof s!="string")throw new TypeError("Expected first argument to be a string");if(typeof i!="object")throw new TypeError("Expected second argument to be an options object");if("readOnly"in i)throw new TypeError('Misspelled option "readOnly" should be "readonly"');if("memory"in i)throw new TypeError('Option "memory" was removed in v7.0.0 (use ":memory:" filename instead)');let l=s.trim(),h=l===""||l===":memory:",_=ne.getBooleanOption(i,"readonly"),m=ne.getBooleanOption(i,"fileMustExist"),k="timeout"in i?i.timeout:5e3,le="verbose"in i?i.verbose:null,q="nativeBinding"in i?i.nativeBinding:null,w="journalFd"in i?i.journalFd:void 0;if(_&&h&&!a)throw new TypeError("In-memory/temporary databases cannot be readonly");if(!Number.isInteger(k)||k<0)throw new TypeError('Expected the "timeout" option to be a positive integer');if(k>2147483647)throw new RangeError('Option "timeout" cannot be greater than 2147483647');if(le!=null&&typeof le!="function")throw new TypeError('Expected the "verbose" option to be a function');if(d!==void 0&&w===void 0)throw new TypeError('The "journalFd" option is required when opening a database from a file descriptor');if(d===void 0&&w!==void 0)throw new TypeError('The "journalFd" option can only be used when opening a database from a file descriptor');if(w!==void 0&&!(Number.isInteger(w)&&w>=0&&w<=2147483647))throw new TypeError('Expected the "journalFd" option to be a non-negative 32-bit integer');if(!n&&"nativeBinding"in i)throw new TypeError('The "nativeBinding" option is only supported by the default better-sqlite3 entrypoint');if(n&&q!=null&&typeof q!="string"&&typeof q!="object")throw new TypeError('Expected the "nativeBinding" option to be a string or addon object');let Y=t(q);if(Y.isInitialized||(Y.initialize(Qn,Zn,er,tr,nr),Y.isInitialized=!0),d===void 0&&!h&&!l.startsWith("file:")&&!Vn.existsSync(zn.dirname(l)))throw new TypeError("Cannot open database because the directory does not exist");Object.defineProperties(this,{[ne.cppdb]:{value:new Y.Database(l,s,h,_,m,k,le||null,a||null,d??null,w??null)},...o.getters})}let o=et();return r.prototype.prepare=o.prepare,r.prototype.transaction=rt(),r.prototype.pragma=st(),r.prototype.explain=at(),r.prototype.backup=ct(),r.prototype.serialize=lt(),r.prototype.function=mt(),r.prototype.aggregate=ft(),r.prototype.table=ht(),r.prototype.loadExtension=o.loadExtension,r.prototype.exec=o.exec,r.prototype.close=o.close,r.prototype.defaultSafeIntegers=o.defaultSafeIntegers,r.prototype.unsafeMode=o.unsafeMode,r.prototype[ne.inspect]=Tt(),r};function Zn(...e){return e}function er(e,...t){let n=e.length;for(let r=0;r<t.length;++r)e[n+r]=t[r]}function tr(...e){if(!e.includes("__proto__")){let t=e.map((r,o)=>`v${o}`).join(","),n=e.map((r,o)=>`${JSON.stringify(r)}:v${o}`).join(",");return Function(`return (${t}) => ({${n}})`)()}return(...t)=>{let n={};for(let r=0;r<e.length;++r)n[e[r]]=t[r];return n}}function nr(e){return{value:e,done:!1}}});var yt=g((ge,St)=>{"use strict";var se=require("fs"),oe=require("path"),rr=["linux","darwin","win32"],or=["x64","arm64"],re;function sr(e){if(typeof e=="string")return(typeof __non_webpack_require__=="function"?__non_webpack_require__:require)(oe.resolve(e).replace(/(\.node)?$/,".node"));if(typeof e=="object"&&e!==null)return e;if(re)return re;let t=oe.join(__dirname,"..","build","Debug","better_sqlite3.node");return se.existsSync(t)||(t=oe.join(__dirname,"..","build","Release","better_sqlite3.node")),se.existsSync(t)?re=require(t):re=require(fe()||t)}function fe(){if(rr.includes(process.platform)&&or.includes(process.arch)){let e=`${ir()?"linuxmusl":process.platform}-${process.arch}`,t=oe.join(__dirname,"..","prebuilds",`${e}.node`);if(se.existsSync(t))return t}return null}function ir(){if(process.platform!=="linux")return!1;try{let n=se.readFileSync("/proc/self/maps","latin1");if(/\/ld-musl-[^/\s]*\.so/.test(n))return!0;if(/\/(?:ld-linux[^/\s]*|libc)\.so\.\d/.test(n))return!1}catch{}let{report:e}=process,t=e.excludeNetwork;e.excludeNetwork=!0;try{return!e.getReport().header.glibcVersionRuntime}finally{e.excludeNetwork=t}}ge.getBinding=sr;ge.getPrebuildPath=fe;require.main===St&&process.stdout.write(fe()?"1":"0")});var Nt=g((_o,he)=>{"use strict";he.exports=kt()(yt().getBinding,!0);he.exports.SqliteError=Ee()});function K(e){let t=2166136261;for(let n=0;n<e.length;n++)t^=e.charCodeAt(n),t=Math.imul(t,16777619);return(t>>>0).toString(36)}function ye(e){return typeof e=="object"&&e!==null&&!Array.isArray(e)}var J=e=>typeof e=="string"?e:void 0;function sn(e,t){if(!ye(t)||typeof t.session_id!="string"||typeof t.hook_event_name!="string"||!Object.hasOwn(e,t.hook_event_name))return null;let n=t.hook_event_name,r=e[n](t);if(!r)return null;let o=ye(t.effort)&&typeof t.effort.level=="string"?{level:t.effort.level}:void 0;return{...{session_id:t.session_id,transcript_path:J(t.transcript_path),cwd:J(t.cwd)??process.cwd(),hook_event_name:n,prompt_id:J(t.prompt_id),permission_mode:J(t.permission_mode),effort:o},...r}}var an=e=>typeof e.prompt=="string"?{prompt:e.prompt}:null;var Ne=e=>sn({UserPromptSubmit:an},e);function Ae(e){return e.prompt_id!==void 0?"2.1":"2.0"}var Oe=[{name:"BGTELEMETRY_HOME",overrides:"data directory",description:"holds the user config, database and error log"},{name:"BGTELEMETRY_DB",overrides:"database file",configKey:"database",description:"the telemetry database file"},{name:"BGTELEMETRY_MODE",overrides:"mode",configKey:"mode",description:"suggest, auto, enforce or off"},{name:"BGTELEMETRY_SLOW_THRESHOLD",overrides:"slow threshold",configKey:"slowThresholdSeconds",description:"seconds of work that count as slow"},{name:"BGTELEMETRY_CODE_CACHE",overrides:"code cache directory",description:"off, or an absolute directory for it"},{name:"BGTELEMETRY_DEBUG",overrides:"error detail",description:"1: the CLI prints the stack trace of an unexpected error"}];var Le=require("node:os"),L=require("node:path");function dn(e=process.env){return e.CLAUDE_CONFIG_DIR||(0,L.join)(e.HOME||(0,Le.homedir)(),".claude")}function U(e=process.env){return e.BGTELEMETRY_HOME||(0,L.join)(dn(e),"bgtelemetry")}function xe(e=process.env){return(0,L.join)(U(e),"config.json")}function Re(e){return(0,L.join)(e,".claude","bgtelemetry.json")}function ve(e){return(0,L.join)(e,".claude","bgtelemetry.local.json")}function Ce(e=process.env){return(0,L.join)(U(e),"errors.log")}function Ie(e=process.env,t){return e.BGTELEMETRY_DB||t||(0,L.join)(U(e),"telemetry.db")}function we(e=process.env){return(0,L.join)(U(e),"spool")}var y=require("node:fs"),cn=y.constants.O_RDONLY|(y.constants.O_NONBLOCK??0),R=class extends Error{code="EREFUSED"};function un(e,t,n){let r=(0,y.openSync)(e,cn);try{let o=(0,y.fstatSync)(r);if(!o.isFile())throw new R(`${e} is not a regular file`);if(n&&!n(o))throw new R(`${e} is not acceptable (owner or mode)`);return t(r,o.size)}finally{(0,y.closeSync)(r)}}function ln(e,t,n){let r=Buffer.allocUnsafe(t),o=0;for(;o<t;){let s=(0,y.readSync)(e,r,o,t-o,n+o);if(s===0)break;o+=s}return r.subarray(0,o)}function V(e,t,n){return un(e,(r,o)=>{if(o>t)throw new R(`${e} is larger than ${t} bytes`);return ln(r,o,0)},n)}var pe=["suggest","auto","enforce","off"];var Me={underutilizationEvery:20,underutilizationRatio:.1,uncheckedAfterTurns:3,uncheckedMax:5,maxActiveTasks:10,pollingSeconds:10},mn={mode:"suggest",slowThresholdSeconds:5,patterns:[],commandStorage:"redacted",nudges:Me},En=1024*1024;function fn(e){try{return V(e,En).toString("utf8")}catch(t){return t instanceof R?t:null}}function gn(e){return{programs:[e.program],args:e.args,ifFlags:e.ifFlags,unlessFlags:e.unlessFlags,effect:e.effect,category:e.category??"other",estimate:e.estimateSeconds,reason:e.reason??"matches a pattern in your bgtelemetry configuration",alternative:e.alternative,source:"config"}}async function Ue(e,t=process.env){let n={...mn,patterns:[],nudges:{...Me}},r=[],o=[],s=[xe(t),...e?[Re(e),ve(e)]:[]],i=s.map(fn);if(i.forEach((a,d)=>{a instanceof R&&o.push(`${s[d]}: ignored: ${a.message}`)}),i.some(a=>typeof a=="string")){let{validateConfigFile:a}=await Promise.resolve().then(()=>Se(require("./config-schema.cjs"),1));i.forEach((d,l)=>{if(typeof d!="string")return;let h;try{h=JSON.parse(d)}catch(m){o.push(`${s[l]}: not valid JSON (${m.message})`);return}let _=a(h);if(!_.ok){for(let m of _.problems)o.push(`${s[l]}: ${m}`);return}hn(n,_.value),r.push(s[l])})}return Tn(n,t,o),{config:n,sources:r,problems:o}}function hn(e,t){t.mode&&(e.mode=t.mode),t.slowThresholdSeconds!==void 0&&(e.slowThresholdSeconds=t.slowThresholdSeconds),t.patterns&&(e.patterns=[...t.patterns.map(gn),...e.patterns]),t.database&&(e.database=t.database),t.commandStorage&&(e.commandStorage=t.commandStorage),t.nudges&&Object.assign(e.nudges,Object.fromEntries(Object.entries(t.nudges).filter(([,n])=>n!==void 0)))}var _n={BGTELEMETRY_MODE:(e,t)=>pe.includes(e)?(t.mode=e,null):`expected one of ${pe.join(", ")}, got "${e}"`,BGTELEMETRY_SLOW_THRESHOLD:(e,t)=>{let n=Number(e);return Number.isFinite(n)&&n>0&&n<=3600?(t.slowThresholdSeconds=n,null):`expected seconds between 0 and ${3600}, got "${e}"`}};function Tn(e,t,n){for(let{name:r}of Oe){let o=t[r],s=o?_n[r]?.(o,e):null;s&&n.push(`${r}: ${s}`)}}var u=require("node:fs"),j=require("node:path");var bn=1024*1024,kn=300;function Sn(e){return e.split(`
`,1)[0].replace(/"(?:[^"\\]|\\.)*"|'[^']*'|`[^`]*`/g,'"\u2026"').replace(/(?<!\S)(?![/~.])\S{41,}/g,"\u2026").slice(0,kn)}function S(e,t,n=process.env){try{let r=Ce(n);(0,u.mkdirSync)((0,j.dirname)(r),{recursive:!0,mode:448});try{(0,u.statSync)(r).size>bn&&(0,u.renameSync)(r,r+".1")}catch{}let o=JSON.stringify({time:new Date().toISOString(),where:e,message:Sn(t instanceof Error?t.message:String(t))});Nn(r,o+`
`)}catch{}}var yn=u.constants.O_WRONLY|u.constants.O_APPEND|u.constants.O_CREAT|(u.constants.O_NONBLOCK??0);function Nn(e,t){let n=(0,u.openSync)(e,yn,384);try{(0,u.fstatSync)(n).isFile()&&(0,u.writeSync)(n,t)}finally{(0,u.closeSync)(n)}}function me(e,t,n,r=process.env){try{let o=An(r);(0,u.mkdirSync)(o,{recursive:!0,mode:448}),(0,u.writeFileSync)((0,j.join)(o,t.replace(/[^A-Za-z0-9_.-]/g,"_")),"",{flag:"wx",mode:384})}catch{return}S(e,n,r)}function An(e){return(0,j.join)(U(e),"once")}var $e=require("node:fs"),D=require("node:path");function Pe(e){let t=(0,D.resolve)(e);for(let n=0;n<64;n++){if((0,$e.existsSync)((0,D.join)(t,".git")))return t;let r=(0,D.dirname)(t);if(r===t)break;t=r}return(0,D.resolve)(e)}var Ge=require("node:fs");var On=new Set([91,123]),Ln=new Set([93,125]);function xn(e,t){let n=0,r=!1;for(let o=0;o<e.length;o++){let s=e.charCodeAt(o);if(r)s===92?o++:s===34&&(r=!1);else if(s===34)r=!0;else if(On.has(s)){if(++n>t)return!0}else Ln.has(s)&&n--}return!1}function He(e){let t=e.charCodeAt(0)===65279?e.slice(1):e;if(xn(t,1e3))throw new Error("the payload nests deeper than 1000 levels");return JSON.parse(t)}var N=require("node:fs"),je=4*1024*1024,Be=256*1024,Rn=1;function Fe(e,t="/dev/stdin"){let n=vn(t);if(!n)return wn(e);let{fd:r,owned:o}=n;return new Promise(s=>{let i=Date.now()+e,a=[],d=Buffer.allocUnsafe(Be),l=0,h=m=>{try{o&&(0,N.closeSync)(r)}catch{}s(m)},_=()=>{for(;;){let m;try{m=(0,N.readSync)(r,d,0,Be,null)}catch(k){if(k.code!=="EAGAIN"||Date.now()>=i){h(null);return}setTimeout(_,Rn);return}if(m===0){h(Buffer.concat(a).toString("utf8"));return}if(l+=m,l>je){h(null);return}a.push(Buffer.from(d.subarray(0,m)))}};_()})}function vn(e){try{return(0,N.fstatSync)(0).isSocket()?In(0)?{fd:0,owned:!1}:null:{fd:(0,N.openSync)(e,N.constants.O_RDONLY|N.constants.O_NONBLOCK),owned:!0}}catch{return null}}var Cn=[];function In(e){if(`${process.execArgv.join(" ")} ${process.env.NODE_OPTIONS??""}`.includes("--pending-deprecation")||process.env.NODE_PENDING_DEPRECATION==="1")return!1;try{let{Pipe:n,constants:r}=process.binding("pipe_wrap"),o=new n(r.SOCKET);return o.open(e)!==0?!1:(Cn.push(o),!0)}catch{return!1}}function wn(e){return new Promise(t=>{let n=[],r=0,o=!1,s=a=>{o||(o=!0,clearTimeout(i),process.stdin.destroy(),t(a))},i=setTimeout(()=>s(null),e);process.stdin.on("data",a=>{if(r+=a.length,r>je)return s(null);n.push(a)}),process.stdin.on("end",()=>s(Buffer.concat(n).toString("utf8"))),process.stdin.on("error",()=>s(null))})}var Xe=900,Dn=500;function We(e){e===null&&process.exit(0);let t=Buffer.from(e+`
`),n=0;try{for(;n<t.length;)n+=(0,Ge.writeSync)(1,t,n)}catch(r){r.code!=="EAGAIN"&&process.exit(0)}n>=t.length&&process.exit(0),process.stdout.on("error",()=>process.exit(0)),process.stdout.write(t.subarray(n),()=>process.exit(0))}var qe=!1;function Ye(){return qe}async function Ke(e,t){qe=!0,setTimeout(()=>{S(e,new Error(`exceeded ${Xe} ms budget`)),process.exit(0)},Xe).unref();let r=null;try{let o=await Fe(Dn);if(o===null)throw new Error("stdin was too large, or did not close in time");if(o.trim()==="")return We(null);let s=He(o),i=await t(s);i&&typeof i=="object"&&(r=JSON.stringify(i))}catch(o){S(e,o),r=null}We(r)}var Je=new WeakMap;function c(e,t){let n=Je.get(e);n||Je.set(e,n=new Map);let r=n.get(t);return r||n.set(t,r=e.prepare(t)),r}var Ve=e=>e===void 0?null:e?1:0,p=e=>e===void 0?null:e,Mn={"session-start":Un,"session-end":$n,prompt:Pn,"bash-pre":Hn,"bash-post":Bn,"task-check":(e,t)=>Qe(e,t.session,t.taskId,t.toolUseId,t.at,t.tool,t.blocking,t.statusSeen,t.exitCode),"task-stop":jn,"turn-end":Fn};function z(e,t){return c(e,"INSERT OR IGNORE INTO applied_events (id, kind, at) VALUES (?, ?, ?)").run(t.id,t.kind,t.at).changes===0?!1:(Xn(e,t),Mn[t.kind](e,t),t.delivered&&c(e,"UPDATE advice SET delivered_at = COALESCE(delivered_at, ?) WHERE event_id = ?").run(t.at,t.delivered),c(e,"INSERT OR IGNORE INTO hook_runs (event_id, hook, at, wall_ms) VALUES (?, ?, ?, ?)").run(t.id,t.hook,t.at,t.wallMs),!0)}function Un(e,t){c(e,"UPDATE sessions SET source = COALESCE(source, ?) WHERE id = ?").run(p(t.source),t.session)}function $n(e,t){c(e,"UPDATE sessions SET ended_at = MAX(COALESCE(ended_at, 0), ?), end_reason = COALESCE(?, end_reason) WHERE id = ?").run(t.at,p(t.reason),t.session)}function Pn(e,t){c(e,"INSERT OR IGNORE INTO prompts (id, session_id, at, kind, intents, chars) VALUES (?, ?, ?, ?, ?, ?)").run(t.promptId??t.id,t.session,t.at,t.promptKind,t.intents.join(","),t.chars),t.notification&&(F(e,t.session,t.notification.taskId),c(e,`UPDATE tasks SET notified_at = COALESCE(notified_at, @at), finished_at = COALESCE(finished_at, @at),
         exit_code = COALESCE(@exit, exit_code), status = CASE WHEN status = 'killed' THEN status ELSE @status END
       WHERE session_id = @session AND id = @id`).run({at:t.at,exit:p(t.notification.exitCode),status:t.notification.status,session:t.session,id:t.notification.taskId}))}function Hn(e,t){c(e,`INSERT INTO bash_calls (tool_use_id, session_id, prompt_id, message_id, project, started_at, signature, command, verdict, category,
       estimate_s, estimate_source, timeout_ms, requested_background, threshold_ms)
     VALUES (@toolUseId, @session, @promptId, @messageId, @project, @at, @signature, @command, @verdict, @category, @estimateS,
       @estimateSource, @timeoutMs, @requested, @thresholdMs)
     ON CONFLICT (session_id, tool_use_id) DO UPDATE SET
       started_at = excluded.started_at,
       prompt_id = COALESCE(bash_calls.prompt_id, excluded.prompt_id),
       message_id = COALESCE(excluded.message_id, bash_calls.message_id),
       project = COALESCE(bash_calls.project, excluded.project),
       signature = excluded.signature, command = excluded.command, verdict = excluded.verdict, category = excluded.category,
       estimate_s = excluded.estimate_s, estimate_source = excluded.estimate_source,
       timeout_ms = COALESCE(bash_calls.timeout_ms, excluded.timeout_ms),
       threshold_ms = excluded.threshold_ms,
       duration_ms = COALESCE(bash_calls.duration_ms, bash_calls.ended_at - excluded.started_at),
       duration_source = COALESCE(bash_calls.duration_source, CASE WHEN bash_calls.ended_at IS NOT NULL THEN 'hooks' END)`).run(ze(t))}function Bn(e,t){c(e,`INSERT INTO bash_calls (tool_use_id, session_id, prompt_id, message_id, project, ended_at, signature, command, verdict, category,
       estimate_s, estimate_source, timeout_ms, requested_background, background, background_reason, outcome, exit_code,
       duration_ms, duration_source, task_id, threshold_ms)
     VALUES (@toolUseId, @session, @promptId, @messageId, @project, @at, @signature, @command, @verdict, @category, @estimateS,
       @estimateSource, @timeoutMs, @requested, @background, @reason, @outcome, @exitCode, @durationMs, @durationSource, @taskId, @thresholdMs)
     ON CONFLICT (session_id, tool_use_id) DO UPDATE SET
       ended_at = excluded.ended_at,
       prompt_id = COALESCE(bash_calls.prompt_id, excluded.prompt_id),
       project = COALESCE(bash_calls.project, excluded.project),
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
       duration_source = COALESCE(excluded.duration_source, CASE WHEN bash_calls.started_at IS NOT NULL THEN 'hooks' END)`).run({...ze(t),background:Ve(t.background),reason:p(t.backgroundReason),outcome:t.outcome,exitCode:p(t.exitCode),durationMs:p(t.durationMs),durationSource:t.durationMs===void 0?null:p(t.durationSource),taskId:p(t.taskId)}),t.taskId&&(F(e,t.session,t.taskId),c(e,`UPDATE tasks SET tool_use_id = COALESCE(tool_use_id, @toolUseId), started_at = COALESCE(started_at, @at),
         signature = COALESCE(signature, @signature), command = COALESCE(command, @command), category = COALESCE(category, @category)
       WHERE session_id = @session AND id = @id`).run({toolUseId:t.toolUseId,at:t.at,signature:t.signature,command:t.command,category:t.category,session:t.session,id:t.taskId})),t.readsTask&&Qe(e,t.session,t.readsTask,t.toolUseId,t.at,"Bash",!1)}function jn(e,t){F(e,t.session,t.taskId),c(e,`UPDATE tasks SET stopped_at = COALESCE(stopped_at, @at), stopped_by = COALESCE(stopped_by, @tool),
       status = CASE WHEN status IN ('running', 'ended') THEN 'killed' ELSE status END
     WHERE session_id = @session AND id = @id`).run({at:t.at,tool:t.tool,session:t.session,id:t.taskId})}function Fn(e,t){if(!t.running)return;for(let r of t.running)F(e,t.session,r.id),c(e,"UPDATE tasks SET running_at_turn_end = MAX(COALESCE(running_at_turn_end, 0), ?), command = COALESCE(command, ?) WHERE session_id = ? AND id = ?").run(t.at,p(r.command),t.session,r.id);let n=t.running.map(()=>"?").join(",");e.prepare(`UPDATE tasks SET status = 'ended', finished_at = COALESCE(finished_at, ?)
     WHERE session_id = ? AND status = 'running' AND started_at <= ?${t.running.length?` AND id NOT IN (${n})`:""}`).run(t.at,t.session,t.at,...t.running.map(r=>r.id))}function Q(e,t,n,r){n&&c(e,`INSERT OR IGNORE INTO advice (event_id, session_id, prompt_id, tool_use_id, at, hook, kind, signature, text, chars, deferred)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(t.id,t.session,p(t.promptId),p(n.toolUseId),t.at,t.hook,n.kind,p(n.signature),n.text,n.text.length,n.deferred?1:0);for(let o of r)c(e,"INSERT OR IGNORE INTO claims (session_id, key, at) VALUES (?, ?, ?)").run(t.session,o,t.at)}function ze(e){return{toolUseId:e.toolUseId,session:e.session,promptId:p(e.promptId),messageId:p(e.messageId),project:p(e.project),at:e.at,signature:e.signature,command:e.command,verdict:e.verdict,category:e.category,estimateS:e.estimateS,estimateSource:e.estimateSource,timeoutMs:p(e.timeoutMs),requested:Ve(e.requestedBackground),thresholdMs:e.thresholdMs}}function Xn(e,t){c(e,`INSERT INTO sessions (id, project, cwd, started_at, generation) VALUES (@id, @project, @cwd, @at, @generation)
     ON CONFLICT (id) DO UPDATE SET
       project = COALESCE(sessions.project, excluded.project),
       cwd = COALESCE(sessions.cwd, excluded.cwd),
       started_at = MIN(COALESCE(sessions.started_at, excluded.started_at), excluded.started_at),
       generation = COALESCE(sessions.generation, excluded.generation)`).run({id:t.session,project:p(t.project),cwd:p(t.cwd),at:t.at,generation:p(t.generation)})}function F(e,t,n){c(e,"INSERT OR IGNORE INTO tasks (session_id, id) VALUES (?, ?)").run(t,n)}var Wn=new Set(["completed","failed","killed"]);function Qe(e,t,n,r,o,s,i,a,d){F(e,t,n),c(e,"INSERT OR IGNORE INTO task_checks (tool_use_id, session_id, task_id, at, tool, blocking, status_seen) VALUES (?, ?, ?, ?, ?, ?, ?)").run(r,t,n,o,s,i?1:0,p(a)),a&&Wn.has(a)&&c(e,`UPDATE tasks SET status = CASE WHEN status = 'killed' THEN status ELSE @status END,
         finished_at = COALESCE(finished_at, @at), exit_code = COALESCE(@exit, exit_code)
       WHERE session_id = @session AND id = @id`).run({status:a,at:o,exit:p(d),session:t,id:n})}var E=require("node:fs"),Ct=require("node:path"),It=Se(Nt(),1);var P=require("node:fs"),C=require("node:path"),ie="better-sqlite3",ar={x64:"x86_64",arm64:"aarch64"};function dr(){if(!(0,P.existsSync)(`/lib/ld-musl-${ar[process.arch]??process.arch}.so.1`))return!1;try{return/\/ld-musl-[^/\s]*\.so/.test((0,P.readFileSync)("/proc/self/maps","latin1"))}catch{return!1}}function Lt(e=process.platform,t=process.arch){return`${e==="linux"&&dr()?"linuxmusl":e}-${t}`}function At(e){let t=(0,C.join)(e,"build","Release","better_sqlite3.node");if((0,P.existsSync)(t))return t;let n=(0,C.join)(e,"prebuilds",`${Lt()}.node`);return(0,P.existsSync)(n)?n:void 0}function cr(e){if(!e)return[];let t=(0,C.join)(e,"..","..");return[(0,C.join)(t,"node_modules",ie),(0,C.join)(t,"..",ie)]}var Ot=22;function ur(e=process.version){return Number(e.replace(/^v/,"").split(".")[0])<Ot?`Node ${e} is too old: bgtelemetry needs Node ${Ot} or newer`:void 0}function lr(e,t=typeof require=="function"?require.resolve:void 0){let n=cr(e);for(let r of n){let o=At(r);if(o)return{path:o}}try{if(t){let r=(0,C.dirname)(t(`${ie}/package.json`)),o=At(r);if(o)return{path:o};n.push(r)}}catch{}return{error:`no ${ie} native addon (${Lt()}) found in ${n.join(", ")||"any node_modules"}`}}function xt(e){let t=ur();if(t)return{error:t};let{path:n,error:r}=lr(e);if(!n)return{error:r};try{let o={exports:{}};return process.dlopen(o,n),{addon:o.exports,path:n}}catch(o){return{path:n,error:pr(n,o.message)}}}function pr(e,t,n=process.version){return`${e} does not load on Node ${n} (${process.platform}-${process.arch}): ${t}`}var Rt=`CREATE VIEW task_states AS
  SELECT t.*,
    (SELECT COUNT(*) FROM task_checks c WHERE c.session_id = t.session_id AND c.task_id = t.id) AS checks,
    CASE
      WHEN t.stopped_at IS NOT NULL THEN 'stopped'
      WHEN EXISTS (SELECT 1 FROM task_checks c WHERE c.session_id = t.session_id AND c.task_id = t.id) THEN 'checked'
      WHEN t.status IN ('completed', 'failed', 'ended') THEN 'unchecked-finished'
      WHEN s.ended_at IS NOT NULL THEN 'orphaned'
      ELSE 'unchecked-running'
    END AS state
  FROM tasks t LEFT JOIN sessions s ON s.id = t.session_id;`,vt=`prompt_id TEXT,
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
    threshold_ms INTEGER`,_e=[`
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
    ${vt}
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
  ${Rt}

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
  `,`
  -- Hook overhead percentiles read (at, wall_ms) from the index alone, without a lookup per run.
  CREATE INDEX hook_runs_by_time_wall ON hook_runs(at, wall_ms);
  CREATE INDEX advice_by_time ON advice(at);
  CREATE INDEX tasks_by_time ON tasks(started_at);
  -- advice_outcomes.followed looks for a later background call of the same prompt.
  CREATE INDEX bash_calls_by_prompt ON bash_calls(session_id, prompt_id, background, started_at);
  `,`
  CREATE INDEX tasks_by_signature ON tasks(signature, finished_at);
  `,`
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
    ${vt},
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

  ${Rt}

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
  `],H=_e.length;var O=class extends Error{constructor(n,r){super(r);this.kind=n}kind},ae;function mr(){if(typeof __dirname=="string"){if(ae??=xt(__dirname),!ae.addon)throw new O("binding",ae.error??"the SQLite binding did not load");return ae.addon}}function B(e){if(e instanceof O)return e;let t=e?.code??"",n=e?.message??String(e);return t==="ERR_DLOPEN_FAILED"||t==="MODULE_NOT_FOUND"&&/better[-_]sqlite3/.test(n)?new O("binding",n):t==="SQLITE_BUSY"||t==="SQLITE_LOCKED"||t.startsWith("SQLITE_BUSY_")?new O("busy",n):t==="SQLITE_NOTADB"||t==="SQLITE_CORRUPT"||t.startsWith("SQLITE_CORRUPT_")?new O("corrupt",n):new O("unavailable",`${t?t+": ":""}${n}`)}function Er(e){let t;try{t=(0,E.statSync)(e).isFile()}catch{return}if(!t)throw new O("unavailable","not a regular file (a FIFO, device or directory): SQLite cannot use it")}function Te(e,t){let n;try{Er(e);let r=t.readonly===!0;return r||((0,E.mkdirSync)((0,Ct.dirname)(e),{recursive:!0,mode:448}),(0,E.existsSync)(e)||fr(e)),n=wt(e,t.busyTimeoutMs,r),n.pragma("synchronous = NORMAL"),Dt(n,r),n}catch(r){throw n?.close(),B(r)}}function wt(e,t,n){return new It.default(e,{timeout:t,readonly:n,fileMustExist:n,nativeBinding:mr()})}function fr(e){let t=`${e}.${process.pid}.new`;try{let n=wt(t,0,!1);try{(0,E.chmodSync)(t,384),Dt(n)}finally{n.close()}try{(0,E.linkSync)(t,e)}catch(r){if(r.code!=="EEXIST"){if((0,E.existsSync)(e))return;(0,E.renameSync)(t,e)}}}finally{for(let n of["","-wal","-shm","-journal"])(0,E.rmSync)(t+n,{force:!0})}}function Dt(e,t=!1){let n=e.pragma("user_version",{simple:!0});if(n!==H){if(n>H)throw new O("unavailable",`the database has schema version ${n}, newer than this bgtelemetry understands (${H}): upgrade bgtelemetry`);if(t)throw new O("unavailable",`the database has schema version ${n} and needs a migration to ${H}`);e.pragma("journal_mode = WAL"),e.transaction(()=>{for(let r=e.pragma("user_version",{simple:!0});r<H;r++)e.exec(_e[r]),e.pragma(`user_version = ${r+1}`)}).immediate()}}function Mt(e,t=new Date){let n=t.toISOString().replace(/[:.]/g,"-"),r=`${e}.corrupt-${n}`;for(let o of["","-wal","-shm"])try{(0,E.renameSync)(e+o,r+o)}catch{}return r}var T=require("node:fs"),I=require("node:path");var be=64,gr=16*1024*1024;function hr(e){return JSON.parse(V(e,gr).toString("utf8"))}function Ut(e){return e.replace(/[^A-Za-z0-9_-]/g,"_").slice(0,80)}function _r(e){let t="toolUseId"in e?Ut(e.toolUseId):"";return`${String(e.at).padStart(14,"0")}-${e.kind}-${t}-${Ut(e.id).slice(-24)}-${process.pid}.json`}var Tr=2e4,X=class extends Error{};function $t(e,t,n=Tr){if((0,T.mkdirSync)(e,{recursive:!0,mode:448}),(0,T.readdirSync)(e).length>=n)throw new X(`the spool ${e} holds ${n} events already`);let r=_r(t),o=(0,I.join)(e,`.${r}.tmp`);(0,T.writeFileSync)(o,JSON.stringify(t),{mode:384}),(0,T.renameSync)(o,(0,I.join)(e,r))}function br(e){try{return(0,T.readdirSync)(e).filter(t=>t.endsWith(".json")&&!t.startsWith(".")).sort()}catch{return[]}}function Pt(e,t,n=1/0,r){let o=br(t),s={applied:0,duplicates:0,bad:0,left:0};for(let i=0;i<o.length;i+=be){if(Date.now()>n){s.left=o.length-i;break}let a=[];for(let d of o.slice(i,i+be))try{a.push({file:d,event:hr((0,I.join)(t,d))})}catch(l){if(l.code==="ENOENT")continue;(0,T.mkdirSync)((0,I.join)(t,"bad"),{recursive:!0,mode:448});try{(0,T.renameSync)((0,I.join)(t,d),(0,I.join)(t,"bad",d))}catch{}s.bad++}e.transaction(()=>{for(let{event:d}of a){if(!z(e,d)){s.duplicates++;continue}s.applied++,(d.advice||d.claims)&&Q(e,d,d.advice,d.claims??[])}}).immediate();for(let{file:d}of a)(0,T.rmSync)((0,I.join)(t,d),{force:!0});r?.(Math.min(i+be,o.length),o.length)}return s}var Ht=150,kr=120,de=class e{constructor(t,n,r,o,s){this.db=t;this.problem=n;this.path=r;this.spool=o;this.env=s}db;problem;path;spool;env;static open(t,n){let r=Ie(t,n?.database),o=we(t),s=new e(null,null,r,o,t);try{s.db=Te(r,{busyTimeoutMs:Ht})}catch(i){s.problem=B(i),s.problem.kind==="corrupt"&&s.startAfresh(s.problem);let a=s.problem;a?.kind==="binding"?me("store",`binding-${K(process.version+a.message)}`,`SQLite cannot be loaded: ${a.message}; events wait in ${o} (run bgtelemetry doctor)`,t):a&&a.kind!=="busy"&&S("store",`cannot open ${r}: ${a.message}; events go to ${o}`,t)}if(s.db)try{Pt(s.db,o,Date.now()+kr)}catch(i){let a=B(i);a.kind==="corrupt"?s.startAfresh(a):a.kind!=="busy"&&S("spool",i,t)}return s}startAfresh(t){this.close(),this.db=null;let n=Mt(this.path);S("store",`${this.path} is not a usable SQLite database (${t.message}); moved it to ${n} and started a new one`,this.env);try{this.db=Te(this.path,{busyTimeoutMs:Ht}),this.problem=null}catch(r){this.problem=B(r)}}write(t,n){let r=t.advice?{advice:t.advice,claims:t.claims??[]}:null;for(let o=0;o<2&&this.db;o++){let s=this.db;try{let i=!1,a=s.transaction(()=>{if(!z(s,t))return null;i=!0;let d=r??n?.(s)??null;if(!d)return null;let l=d.claims[0];return l&&c(s,"SELECT 1 FROM claims WHERE session_id = ? AND key = ?").get(t.session,l)?null:(Q(s,t,d.advice,d.claims),d.advice)}).immediate();return{stored:!0,applied:i,advice:a}}catch(i){let a=B(i);if(a.kind==="corrupt"&&o===0){this.startAfresh(a);continue}a.kind!=="busy"&&S("store",`writing ${t.kind}: ${a.message}`,this.env);break}}try{$t(this.spool,t)}catch(o){o instanceof X?me("spool","spool-full",`${o.message}: newer events are dropped until the database can be written (run bgtelemetry doctor)`,this.env):S("spool",`could not spool ${t.kind} ${t.id}: ${o.message}`,this.env)}return{stored:!1,applied:!0,advice:r?.advice??null}}claimed(t,n){if(!this.db)return!1;try{return!!c(this.db,"SELECT 1 FROM claims WHERE session_id = ? AND key = ?").get(t,n)}catch{return!1}}claim(t,n){if(!this.db)return!0;try{return c(this.db,"INSERT OR IGNORE INTO claims (session_id, key, at) VALUES (?, ?, ?)").run(t,n,Date.now()).changes===1}catch{return!0}}read(t,n){if(!this.db)return t;try{return n(this.db)}catch{return t}}done(){Ye()||this.close()}close(){try{this.db?.close()}catch{}}};async function Bt(e,t){let n=t.CLAUDE_PROJECT_DIR||e.cwd,{config:r,problems:o}=await Ue(n,t),s=de.open(t,r);if(o.length){let i=`config-problems:${o.join("|").length}:${o[0]}`;s.claim(e.session_id,i)&&S("config",o.join("; "),t)}return{env:t,input:e,config:r,project:Pe(e.cwd),generation:Ae(e),store:s,now:Date.now(),projectDir:n}}function jt(e){return Math.floor(e.now/5e3)}function Ft(e,t,n){return{id:n,at:e.now,session:e.input.session_id,hook:t,wallMs:Math.round(process.uptime()*1e4)/10,generation:e.input.hook_event_name==="SessionStart"||e.input.hook_event_name==="SessionEnd"?void 0:e.generation,cwd:e.input.cwd,project:e.project,promptId:e.input.prompt_id}}var Sr=[{name:"tests",pattern:/\b(run|rerun|re-run|execute|fix|check)\b[^.?!\n]{0,40}\b(tests?|specs?|test suite|suite)\b|\b(pytest|npm test|cargo test|go test|jest|vitest|rspec|phpunit)\b/i,guidance:"start the test suite with run_in_background: true and work on something else (read the code under test) until it finishes"},{name:"build",pattern:/\b(build|rebuild|compile|bundle)\b[^.?!\n]{0,30}\b(project|app|it|everything|the code|release|image|docker|binary|package)?/i,guidance:"run builds with run_in_background: true and check the output file when you need the result"},{name:"install",pattern:/\b(install|update|upgrade|add)\b[^.?!\n]{0,30}\b(dep|deps|dependencies|packages?|requirements|modules|gems)\b|\b(npm|pnpm|yarn|pip|poetry|bundle|composer|cargo) (install|add|ci|sync)\b/i,guidance:"installs are network-bound: run them with run_in_background: true, but wait for them before building or testing"},{name:"server",pattern:/\b(start|run|launch|spin up|boot|serve)\b[^.?!\n]{0,25}\b(dev server|server|the app|frontend|backend|api|site|storybook)\b|\bdev server\b/i,guidance:"a server never exits: start it with run_in_background: true, then read its output file to see that it is up"},{name:"parallel",pattern:/\b(while (that|it|this|those|they) (runs?|builds?|installs?)|in parallel|meanwhile|at the same time|in the background|concurrently|simultaneously)\b/i,guidance:"start the independent slow commands with run_in_background: true in one message, keep working, then check each"},{name:"migrate",pattern:/\b(migrate|migration|migrations)\b/i,guidance:"run migrations with run_in_background: true if they are long, and let them finish before tests or the server use the database"}];function Xt(e){let t=e.length>4e3?e.slice(0,4e3):e;return Sr.filter(n=>n.pattern.test(t))}var ue=require("node:os");function Wt(e,t){return c(e,`SELECT id, signature, category, started_at AS startedAt FROM tasks
     WHERE session_id = ? AND status = 'running' AND stopped_at IS NULL AND finished_at IS NULL ORDER BY started_at`).all(t)}function Gt(e,t,n){return c(e,`SELECT COUNT(*) AS calls,
       COALESCE(SUM(slow), 0) AS slow,
       COALESCE(SUM(slow AND background = 1), 0) AS slowBackground,
       COALESCE(SUM(CASE WHEN slow AND COALESCE(background, 0) = 0 THEN COALESCE(duration_ms, 0) END), 0) AS blockedMs
     FROM (SELECT background, duration_ms,
             (verdict IN ('suggest-background', 'must-background') OR COALESCE(duration_ms, 0) >= ?) AS slow
           FROM bash_calls WHERE session_id = ?)`).get(n,t)}function qt(e,t){return c(e,`SELECT t.id, t.signature, t.started_at AS startedAt,
       (SELECT COUNT(*) FROM prompts p WHERE p.session_id = t.session_id AND p.kind = 'user' AND p.at > COALESCE(t.started_at, 0)) AS turns
     FROM tasks t
     WHERE t.session_id = ? AND t.stopped_at IS NULL
       AND NOT EXISTS (SELECT 1 FROM task_checks c WHERE c.session_id = t.session_id AND c.task_id = t.id)
     ORDER BY t.started_at`).all(t)}function Yt(e,t,n){let r=c(e,"SELECT started_at AS startedAt, signature, status, finished_at AS finishedAt, notified_at AS notifiedAt FROM tasks WHERE session_id = ? AND id = ?").get(t,n);if(!r)return null;let o=c(e,"SELECT at FROM task_checks WHERE session_id = ? AND task_id = ? ORDER BY at").all(t,n).map(s=>s.at);return{...r,checks:o}}function yr(e){return Math.round(e*10)/10}function W(e){return Number.isFinite(e)?e<90?`${yr(e)} s`:e<5400?`${Math.round(e/60)} min`:`${Math.round(e/360)/10} h`:"forever"}var f="bgtelemetry:";function ce(e){return e==="2.0"?"check it later with TaskOutput (BashOutput on older versions) or by reading its output file":"check it later by reading its output file (Read) or with TaskOutput"}function b(e,t=110){return e.length>t?e.slice(0,t-1)+"\u2026":e}function Kt(e){return e.estimateSeconds===null||e.estimateSource==="history"?"":` (~${W(e.estimateSeconds)})`}function x(e){return"`"+b(e.signature||"this command",60)+"`"}function G(e,t){let n=e.startedAt?`, ${W((t-e.startedAt)/1e3)}`:"";return`${e.id} (\`${b(e.signature??"unknown",40)}\`${n})`}function Nr(e){return`${Math.round(e*100)}%`}var M={dependency:(e,t,n)=>`${f} ${x(e)} may race background task ${G(t.task,Date.now())}: ${t.why}. Wait for that task first (${n==="2.0"?"TaskOutput with block: true":"TaskOutput with block: true, or its completion notice"}), then run this.`,underutilization:e=>`${f} this session made ${e.calls} Bash calls; ${e.slowBackground} of ${e.slow} slow ones (${Nr(e.slow?e.slowBackground/e.slow:0)}) ran in the background, target over 30%. About ${W(e.blockedMs/1e3)} went to waiting on slow foreground commands. Start tests, builds and installs with run_in_background: true.`,uncheckedReminder:(e,t)=>`${f} background task${e.length>1?"s":""} ${b(e.join(", "),200)} started ${t}+ prompts ago and ${e.length>1?"were":"was"} never checked: read the output file (or TaskOutput), or stop ${e.length>1?"them":"it"} if no longer needed.`,uncheckedMany:e=>`${f} ${e.length} background tasks were never checked: ${b(e.join(", "),240)}. Check them or stop the ones no longer needed.`,tooManyTasks:(e,t)=>`${f} ${e} background tasks are running at once (this machine handles about ${t}). Wait for some to finish or stop the ones no longer needed before starting more.`,polling:(e,t)=>`${f} task ${e} was checked ${t}; each check blocks you. Do other work first and check once, later (you are told when it finishes).`,intent:e=>`${f} ${b(e.join("; "),340)}.`,slowForeground:(e,t)=>`${f} ${x(e)} is slow: ${b(e.reason)}${Kt(e)}. Next time start it with run_in_background: true and keep working meanwhile; ${ce(t)}.`,neverEnds:(e,t)=>`${f} ${x(e)} never exits on its own (${b(e.reason)}), so in the foreground it blocks until the Bash timeout kills it. Run it with run_in_background: true, then ${ce(t)}.`,interactive:e=>`${f} ${x(e)} waits for terminal input (${b(e.reason)}) and will hang until it times out.`+(e.alternative?` Use instead: ${b(e.alternative)}.`:" Use a non-interactive form."),backgroundStateChange:e=>`${f} ${x(e)} changes the shell itself (${b(e.reason)}); run in the background, that change is lost. Run it in the foreground.`,backgroundFast:e=>`${f} ${x(e)} finishes in about ${W(e.estimateSeconds??1)}; in the background it only adds a step to read its output. Run quick commands in the foreground.`,shellAmpersand:e=>`${f} ${x(e)} was put in the background with & inside the command, so Claude Code cannot track, check or stop it. Prefer run_in_background: true.`,parallel:(e,t)=>`${f} this message runs ${e} Bash calls one after another. Independent slow ones (${b(t.map(n=>"`"+n+"`").join(", "),120)}) can each start with run_in_background: true so they run in parallel; then check each.`,autoBackground:(e,t)=>`${f} ran ${x(e)} in the background for you (${b(e.reason)}); ${ce(t)}.`,enforceDeny:(e,t)=>`${f} (enforce mode) ${x(e)} must not block the session: ${b(e.reason)}${Kt(e)}. Rerun this exact command with run_in_background: true, then ${ce(t)}.`};var Ar={kind:"too-many-tasks",settings:["maxActiveTasks"],decide:(e,t)=>{if(!t.startedTask)return null;let n=e.activeTasks(),r=Math.min(e.settings.maxActiveTasks,e.machineCap()),o=`too-many:${n}`;return n>r&&e.fresh(o)?{text:M.tooManyTasks(n,r),claims:[o]}:null}},Or={kind:"underutilization",settings:["underutilizationEvery","underutilizationRatio"],decide:e=>{let t=e.bashStats(),n=`underutilization:${t.calls}`;return t.calls>0&&t.calls%e.settings.underutilizationEvery===0&&t.slow>0&&t.slowBackground/t.slow<e.settings.underutilizationRatio&&e.fresh(n)?{text:M.underutilization(t),claims:[n]}:null}},Jt={kind:"unchecked-many",settings:["uncheckedMax"],decide:e=>{let t=e.unchecked(),n=`unchecked-many:${t.length}`;return t.length<=e.settings.uncheckedMax||!e.fresh(n)?null:{text:M.uncheckedMany(t.map(r=>G(r,e.now))),claims:[n]}}},Lr={kind:"unchecked-reminder",settings:["uncheckedAfterTurns"],decide:e=>{let t=e.unchecked().filter(r=>r.turns>=e.settings.uncheckedAfterTurns&&e.fresh(`remind:${r.id}`));if(!t.length)return null;let n=Math.min(...t.map(r=>r.turns));return{text:M.uncheckedReminder(t.map(r=>G(r,e.now)),n),claims:t.map(r=>`remind:${r.id}`)}}},xr={kind:"polling",settings:["pollingSeconds"],decide:(e,{taskId:t})=>{let n=e.taskTimes(t);if(!n)return null;let r=e.settings.pollingSeconds*1e3,o=n.checks[n.checks.length-1]??e.now;if(n.notifiedAt!==null||n.finishedAt!==null&&n.finishedAt<o)return null;let s=n.checks[n.checks.length-2],i=null;s===void 0&&n.startedAt!==null&&o-n.startedAt<r?i=`${Math.round((o-n.startedAt)/1e3)} s after it started`:s!==void 0&&o-s<r&&(i=`again ${Math.round((o-s)/1e3)} s after the previous check`);let a=`polling:${t}`;return!i||!e.fresh(a)?null:{text:M.polling(G({id:t,signature:n.signature,startedAt:null},o),i),claims:[a]}}},Rr={kind:"intent",settings:[],decide:(e,{intents:t})=>{let n=t.filter(r=>e.fresh(`intent:${r.name}`));return n.length?{text:M.intent(n.map(r=>r.guidance)),claims:n.map(r=>`intent:${r.name}`)}:null}},vr={"bash-ended":[Ar,Or,Jt],"task-checked":[xr],"user-turn":[Lr,Jt,Rr]};function Cr(e,t){let n=vr[t.at];for(let r of n){let o=r.decide(e,t);if(o)return{advice:{kind:r.kind,text:o.text},claims:o.claims}}return null}function Ir(){return Math.max(2,Math.min(Math.floor((0,ue.cpus)().length/2),Math.floor((0,ue.totalmem)()/2**31)))}function wr(e,t){let n=t.input.session_id,r=o=>{let s;return()=>(s??={v:o()}).v};return{settings:t.config.nudges,now:t.now,fresh:o=>!t.store.claimed(n,o),activeTasks:r(()=>Wt(e,n).length),machineCap:Ir,bashStats:r(()=>Gt(e,n,t.config.slowThresholdSeconds*1e3)),unchecked:r(()=>qt(e,n)),taskTimes:o=>Yt(e,n,o)}}function Vt(e,t,n){return Cr(wr(e,t),n)}function zt(e){if(!e.trimStart().startsWith("<task-notification>"))return null;let t=o=>new RegExp(`<${o}>([^<]*)</${o}>`).exec(e)?.[1]?.trim(),n=t("task-id");if(!n)return null;let r=/\(exit code (-?\d+)\)/.exec(t("summary")??"")?.[1];return{taskId:n,status:t("status")??"completed",exitCode:r===void 0?void 0:Number(r),toolUseId:t("tool-use-id")}}async function Qt(e,t=process.env){let n=Ne(e);if(!n)return null;let r=n.prompt,o=await Bt(n,t);try{let s=zt(r),i=s?[]:Xt(r),a=`prompt:${n.session_id}:${n.prompt_id??`${K(r)}:${jt(o)}`}`,d=o.store.write({...Ft(o,"UserPromptSubmit",a),kind:"prompt",promptKind:s?"task-notification":"user",intents:i.map(l=>l.name),chars:r.length,notification:s?{taskId:s.taskId,status:s.status,exitCode:s.exitCode}:void 0},s||o.config.mode==="off"?void 0:l=>Vt(l,o,{at:"user-turn",intents:i}));return d.advice?{hookSpecificOutput:{hookEventName:"UserPromptSubmit",additionalContext:d.advice.text}}:null}finally{o.store.done()}}Ke("UserPromptSubmit",e=>Qt(e));
