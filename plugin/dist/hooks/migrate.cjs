"use strict";var _t=Object.create;var ae=Object.defineProperty;var ft=Object.getOwnPropertyDescriptor;var mt=Object.getOwnPropertyNames;var Tt=Object.getPrototypeOf,gt=Object.prototype.hasOwnProperty;var u=(e,t)=>()=>{try{return t||e((t={exports:{}}).exports,t),t.exports}catch(r){throw t=0,r}};var Nt=(e,t,r,n)=>{if(t&&typeof t=="object"||typeof t=="function")for(let o of mt(t))!gt.call(e,o)&&o!==r&&ae(e,o,{get:()=>t[o],enumerable:!(n=ft(t,o))||n.enumerable});return e};var ht=(e,t,r)=>(r=e!=null?_t(Tt(e)):{},Nt(t||!e||!e.__esModule?ae(r,"default",{value:e,enumerable:!0}):r,e));var C=u(F=>{"use strict";F.getBooleanOption=(e,t)=>{let r=!1;if(t in e&&typeof(r=e[t])!="boolean")throw new TypeError(`Expected the "${t}" option to be a boolean`);return r};F.cppdb=Symbol();F.inspect=Symbol.for("nodejs.util.inspect.custom")});var re=u((Hr,Oe)=>{"use strict";var H=class e extends Error{constructor(t,r){if(typeof r!="string")throw new TypeError("Expected second argument to be a string");super(""+t),this.code=r,typeof Error.captureStackTrace=="function"&&Error.captureStackTrace(this,e)}};Object.defineProperty(H.prototype,"name",{value:"SqliteError",writable:!0,enumerable:!1,configurable:!0});Oe.exports=H});var Le=u(b=>{"use strict";var{cppdb:m}=C();b.prepare=function(t){return this[m].prepare(t,this,!1,!1)};b.exec=function(t){return this[m].exec(t),this};b.close=function(){return this[m].close(),this};b.loadExtension=function(...t){return this[m].loadExtension(...t),this};b.defaultSafeIntegers=function(...t){return this[m].defaultSafeIntegers(...t),this};b.unsafeMode=function(...t){return this[m].unsafeMode(...t),this};b.getters={name:{get:function(){return this[m].name},enumerable:!0},open:{get:function(){return this[m].open},enumerable:!0},inTransaction:{get:function(){return this[m].inTransaction},enumerable:!0},readonly:{get:function(){return this[m].readonly},enumerable:!0},memory:{get:function(){return this[m].memory},enumerable:!0}}});var Ae=u((Gr,Re)=>{"use strict";var{cppdb:Ht}=C(),ye=new WeakMap;Re.exports=function(t){if(typeof t!="function")throw new TypeError("Expected first argument to be a function");let r=this[Ht],n=Bt(r,this),{apply:o}=Function.prototype,s={default:{value:B(o,t,r,n.default)},deferred:{value:B(o,t,r,n.deferred)},immediate:{value:B(o,t,r,n.immediate)},exclusive:{value:B(o,t,r,n.exclusive)},database:{value:this,enumerable:!0}};return Object.defineProperties(s.default.value,s),Object.defineProperties(s.deferred.value,s),Object.defineProperties(s.immediate.value,s),Object.defineProperties(s.exclusive.value,s),s.default.value};var Bt=(e,t)=>{let r=ye.get(e);if(!r){let n={commit:e.prepare("COMMIT",t,!1,!1),rollback:e.prepare("ROLLBACK",t,!1,!1),savepoint:e.prepare("SAVEPOINT `	_bs3.	`",t,!1,!1),release:e.prepare("RELEASE `	_bs3.	`",t,!1,!1),rollbackTo:e.prepare("ROLLBACK TO `	_bs3.	`",t,!1,!1)};ye.set(e,r={default:Object.assign({begin:e.prepare("BEGIN",t,!1,!1)},n),deferred:Object.assign({begin:e.prepare("BEGIN DEFERRED",t,!1,!1)},n),immediate:Object.assign({begin:e.prepare("BEGIN IMMEDIATE",t,!1,!1)},n),exclusive:Object.assign({begin:e.prepare("BEGIN EXCLUSIVE",t,!1,!1)},n)})}return r},B=(e,t,r,{begin:n,commit:o,rollback:s,savepoint:i,release:p,rollbackTo:c})=>function(){let L,y,I;r.inTransaction?(L=i,y=p,I=c):(L=n,y=o,I=s),L.run();try{let T=e.call(t,this,arguments);if(T&&typeof T.then=="function")throw new TypeError("Transaction function cannot return a promise");return y.run(),T}catch(T){throw r.inTransaction&&(I.run(),I!==s&&y.run()),T}}});var ke=u((Wr,Ie)=>{"use strict";var{getBooleanOption:Gt,cppdb:Wt}=C();Ie.exports=function(t,r){if(r==null&&(r={}),typeof t!="string")throw new TypeError("Expected first argument to be a string");if(typeof r!="object")throw new TypeError("Expected second argument to be an options object");let n=Gt(r,"simple"),o=this[Wt].prepare(`PRAGMA ${t}`,this,!0,!1);return n?o.pluck().get():o.all()}});var Ce=u((qr,xe)=>{"use strict";var{cppdb:qt}=C();xe.exports=function(t){if(typeof t!="string")throw new TypeError("Expected first argument to be a string");return this[qt].prepare(`EXPLAIN ${t}`,this,!1,!0).all()}});var ve=u((Jr,De)=>{De.exports=function(){throw new Error("not available in a bgtelemetry hook")}});var Ue=u((Yr,we)=>{we.exports=function(){throw new Error("not available in a bgtelemetry hook")}});var je=u((Kr,Me)=>{Me.exports=function(){throw new Error("not available in a bgtelemetry hook")}});var Pe=u((Vr,$e)=>{$e.exports=function(){throw new Error("not available in a bgtelemetry hook")}});var Fe=u((zr,Xe)=>{Xe.exports=function(){throw new Error("not available in a bgtelemetry hook")}});var Be=u((Qr,He)=>{He.exports=function(){throw new Error("not available in a bgtelemetry hook")}});var We=u((Zr,Ge)=>{"use strict";var Jt=require("fs"),Yt=require("path"),G=C(),Kt=re();Ge.exports=function(t,r){function n(s,i){if(new.target==null)return new n(s,i);let p,c;if(Buffer.isBuffer(s))p=s,s=":memory:";else if(typeof s=="number"){if(!Number.isInteger(s)||s<0||s>2147483647)throw new TypeError("Expected the file descriptor to be a non-negative 32-bit integer");c=s,s=`fd:${c}`}if(s==null&&(s=""),i==null&&(i={}),typeof s!="string")throw new TypeError("Expected first argument to be a string");if(typeof i!="object")throw new TypeError("Expected second argument to be an options object");if("readOnly"in i)throw new TypeError('Misspelled option "readOnly" should be "readonly"');if("memory"in i)throw new TypeError('Option "memory" was removed in v7.0.0 (use ":memory:" filename instead)');let h=s.trim(),L=h===""||h===":memory:",y=G.getBooleanOption(i,"readonly"),I=G.getBooleanOption(i,"fileMustExist"),T="timeout"in i?i.timeout:5e3,Z="verbose"in i?i.verbose:null,j="nativeBinding"in i?i.nativeBinding:null,R="journalFd"in i?i.journalFd:void 0;if(y&&L&&!p)throw new TypeError("In-memory/temporary databases cannot be readonly");if(!Number.isInteger(T)||T<0)throw new TypeError('Expected the "timeout" option to be a positive integer');if(T>2147483647)throw new RangeError('Option "timeout" cannot be greater than 2147483647');if(Z!=null&&typeof Z!="function")throw new TypeError('Expected the "verbose" option to be a function');if(c!==void 0&&R===void 0)throw new TypeError('The "journalFd" option is required when opening a database from a file descriptor');if(c===void 0&&R!==void 0)throw new TypeError('The "journalFd" option can only be used when opening a database from a file descriptor');if(R!==void 0&&!(Number.isInteger(R)&&R>=0&&R<=2147483647))throw new TypeError('Expected the "journalFd" option to be a non-negative 32-bit integer');if(!r&&"nativeBinding"in i)throw new TypeError('The "nativeBinding" option is only supported by the default better-sqlite3 entrypoint');if(r&&j!=null&&typeof j!="string"&&typeof j!="object")throw new TypeError('Expected the "nativeBinding" option to be a string or addon object');let $=t(j);if($.isInitialized||($.initialize(Kt,Vt,zt,Qt,Zt),$.isInitialized=!0),c===void 0&&!L&&!h.startsWith("file:")&&!Jt.existsSync(Yt.dirname(h)))throw new TypeError("Cannot open database because the directory does not exist");Object.defineProperties(this,{[G.cppdb]:{value:new $.Database(h,s,L,y,I,T,Z||null,p||null,c??null,R??null)},...o.getters})}let o=Le();return n.prototype.prepare=o.prepare,n.prototype.transaction=Ae(),n.prototype.pragma=ke(),n.prototype.explain=Ce(),n.prototype.backup=ve(),n.prototype.serialize=Ue(),n.prototype.function=je(),n.prototype.aggregate=Pe(),n.prototype.table=Fe(),n.prototype.loadExtension=o.loadExtension,n.prototype.exec=o.exec,n.prototype.close=o.close,n.prototype.defaultSafeIntegers=o.defaultSafeIntegers,n.prototype.unsafeMode=o.unsafeMode,n.prototype[G.inspect]=Be(),n};function Vt(...e){return e}function zt(e,...t){let r=e.length;for(let n=0;n<t.length;++n)e[r+n]=t[n]}function Qt(...e){if(!e.includes("__proto__")){let t=e.map((n,o)=>`v${o}`).join(","),r=e.map((n,o)=>`${JSON.stringify(n)}:v${o}`).join(",");return Function(`return (${t}) => ({${r}})`)()}return(...t)=>{let r={};for(let n=0;n<e.length;++n)r[e[n]]=t[n];return r}}function Zt(e){return{value:e,done:!1}}});var Je=u((oe,qe)=>{"use strict";var J=require("fs"),q=require("path"),er=["linux","darwin","win32"],tr=["x64","arm64"],W;function rr(e){if(typeof e=="string")return(typeof __non_webpack_require__=="function"?__non_webpack_require__:require)(q.resolve(e).replace(/(\.node)?$/,".node"));if(typeof e=="object"&&e!==null)return e;if(W)return W;let t=q.join(__dirname,"..","build","Debug","better_sqlite3.node");return J.existsSync(t)||(t=q.join(__dirname,"..","build","Release","better_sqlite3.node")),J.existsSync(t)?W=require(t):W=require(ne()||t)}function ne(){if(er.includes(process.platform)&&tr.includes(process.arch)){let e=`${nr()?"linuxmusl":process.platform}-${process.arch}`,t=q.join(__dirname,"..","prebuilds",`${e}.node`);if(J.existsSync(t))return t}return null}function nr(){if(process.platform!=="linux")return!1;try{let r=J.readFileSync("/proc/self/maps","latin1");if(/\/ld-musl-[^/\s]*\.so/.test(r))return!0;if(/\/(?:ld-linux[^/\s]*|libc)\.so\.\d/.test(r))return!1}catch{}let{report:e}=process,t=e.excludeNetwork;e.excludeNetwork=!0;try{return!e.getReport().header.glibcVersionRuntime}finally{e.excludeNetwork=t}}oe.getBinding=rr;oe.getPrebuildPath=ne;require.main===qe&&process.stdout.write(ne()?"1":"0")});var Ye=u((en,se)=>{"use strict";se.exports=We()(Je().getBinding,!0);se.exports.SqliteError=re()});var O=require("node:fs");var ce=require("node:os"),P=require("node:path");function bt(e=process.env){return e.CLAUDE_CONFIG_DIR||(0,P.join)(e.HOME||(0,ce.homedir)(),".claude")}function v(e=process.env){return e.BGTELEMETRY_HOME||(0,P.join)(bt(e),"bgtelemetry")}function de(e=process.env){return(0,P.join)(v(e),"spool")}var l=require("node:fs");var br=1024*1024;var Sr=l.constants.O_WRONLY|l.constants.O_APPEND|l.constants.O_CREAT|(l.constants.O_NONBLOCK??0);var k=require("node:fs"),le=require("node:os"),g=require("node:path");function ue(e){let t=2166136261;for(let r=0;r<e.length;r++)t^=e.charCodeAt(r),t=Math.imul(t,16777619);return(t>>>0).toString(36)}function ee(e=process.env){let r=(e.XDG_RUNTIME_DIR&&(0,g.isAbsolute)(e.XDG_RUNTIME_DIR)?e.XDG_RUNTIME_DIR:void 0)||(e.TMPDIR&&(0,g.isAbsolute)(e.TMPDIR)?e.TMPDIR:(0,le.tmpdir)());return(0,g.join)(r,`bgtelemetry-${process.getuid?.()??"user"}`)}function St(e=process.env){return(0,g.join)(ee(e),ue((0,g.resolve)(v(e))))}function Ot(e){let t;try{t=(0,k.lstatSync)(e)}catch{return null}if(t.isSymbolicLink())return`${e} is a symbolic link`;if(!t.isDirectory())return`${e} is not a directory`;let r=process.getuid?.();return r!==void 0&&t.uid!==r?`${e} belongs to another user (uid ${t.uid})`:(t.mode&63)!==0?`${e} can be entered by other users (mode ${(t.mode&511).toString(8)})`:null}function Ee(e=process.env,t=!1){let r=ee(e);try{t&&(0,k.mkdirSync)(r,{mode:448})}catch(n){if(n.code!=="EEXIST")return null}if(Ot(r))return null;try{let n=St(e);return t?(0,k.mkdirSync)(n,{recursive:!0,mode:448}):(0,k.lstatSync)(n),n}catch{return null}}function pe(e){return(0,g.join)(e,"spool")}var N=require("node:fs"),x=require("node:path");var f=require("node:fs"),Lt=f.constants.O_RDONLY|(f.constants.O_NONBLOCK??0),w=class extends Error{constructor(r,n){super(r);this.kind=n}kind;code="EREFUSED"},yt=[[e=>e.isFIFO(),"a FIFO"],[e=>e.isDirectory(),"a directory"],[e=>e.isSocket(),"a socket"],[e=>e.isCharacterDevice(),"a character device"],[e=>e.isBlockDevice(),"a block device"]];function Rt(e,t){let r=yt.find(([n])=>n(t))?.[1]??"an unknown kind of file";return new w(`${e} is not a regular file (${r})`,r)}function At(e,t,r){let n=(0,f.openSync)(e,Lt);try{let o=(0,f.fstatSync)(n);if(!o.isFile())throw Rt(e,o);if(r&&!r(o))throw new w(`${e} is not acceptable (owner or mode)`);return t(n,o.size)}finally{(0,f.closeSync)(n)}}function It(e,t,r){let n=Buffer.allocUnsafe(t),o=0;for(;o<t;){let s=(0,f.readSync)(e,n,o,t-o,r+o);if(s===0)break;o+=s}return n.subarray(0,o)}function _e(e,t,r){return At(e,(n,o)=>{if(o>t)throw new w(`${e} is larger than ${t} bytes`);return It(n,o,0)},r)}var fe=new WeakMap;function d(e,t){let r=fe.get(e);r||fe.set(e,r=new Map);let n=r.get(t);return n||r.set(t,n=e.prepare(t)),n}var me=e=>e===void 0?null:e?1:0,a=e=>e===void 0?null:e,kt={"session-start":xt,"session-end":Ct,prompt:Dt,"bash-pre":vt,"bash-post":wt,"task-check":(e,t)=>he(e,t.session,t.taskId,t.toolUseId,t.at,t.tool,t.blocking,t.statusSeen,t.exitCode),"task-stop":Ut,"turn-end":Mt};function Te(e,t){return d(e,"INSERT OR IGNORE INTO applied_events (id, kind, at) VALUES (?, ?, ?)").run(t.id,t.kind,t.at).changes===0?!1:(jt(e,t),kt[t.kind](e,t),t.delivered&&d(e,"UPDATE advice SET delivered_at = COALESCE(delivered_at, ?) WHERE event_id = ?").run(t.at,t.delivered),t.backfilled||d(e,"INSERT OR IGNORE INTO hook_runs (event_id, hook, at, wall_ms) VALUES (?, ?, ?, ?)").run(t.id,t.hook,t.at,t.wallMs),!0)}function xt(e,t){d(e,"UPDATE sessions SET source = COALESCE(source, ?) WHERE id = ?").run(a(t.source),t.session)}function Ct(e,t){d(e,"UPDATE sessions SET ended_at = MAX(COALESCE(ended_at, 0), ?), end_reason = COALESCE(?, end_reason) WHERE id = ?").run(t.at,a(t.reason),t.session)}function Dt(e,t){d(e,"INSERT OR IGNORE INTO prompts (id, session_id, at, kind, intents, chars) VALUES (?, ?, ?, ?, ?, ?)").run(t.promptId??t.id,t.session,t.at,t.promptKind,t.intents.join(","),t.chars),t.notification&&(U(e,t.session,t.notification.taskId),d(e,`UPDATE tasks SET notified_at = COALESCE(notified_at, @at), finished_at = COALESCE(finished_at, @at),
         exit_code = COALESCE(@exit, exit_code), status = CASE WHEN status = 'killed' THEN status ELSE @status END
       WHERE session_id = @session AND id = @id`).run({at:t.at,exit:a(t.notification.exitCode),status:t.notification.status,session:t.session,id:t.notification.taskId}))}function vt(e,t){d(e,`INSERT INTO bash_calls (tool_use_id, session_id, prompt_id, message_id, project, project_id, started_at, signature, command, verdict, category,
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
       duration_source = COALESCE(bash_calls.duration_source, CASE WHEN bash_calls.ended_at IS NOT NULL THEN 'hooks' END)`).run(Ne(t))}function wt(e,t){d(e,`INSERT INTO bash_calls (tool_use_id, session_id, prompt_id, message_id, project, project_id, ended_at, signature, command, verdict, category,
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
       duration_source = COALESCE(excluded.duration_source, CASE WHEN bash_calls.started_at IS NOT NULL THEN 'hooks' END)`).run({...Ne(t),background:me(t.background),reason:a(t.backgroundReason),outcome:t.outcome,exitCode:a(t.exitCode),durationMs:a(t.durationMs),durationSource:t.durationMs===void 0?null:a(t.durationSource),taskId:a(t.taskId)}),t.taskId&&(U(e,t.session,t.taskId),d(e,`UPDATE tasks SET tool_use_id = COALESCE(tool_use_id, @toolUseId), started_at = COALESCE(started_at, @at),
         signature = COALESCE(signature, @signature), command = COALESCE(command, @command), category = COALESCE(category, @category)
       WHERE session_id = @session AND id = @id`).run({toolUseId:t.toolUseId,at:t.at,signature:t.signature,command:t.command,category:t.category,session:t.session,id:t.taskId})),t.readsTask&&he(e,t.session,t.readsTask,t.toolUseId,t.at,"Bash",!1)}function Ut(e,t){U(e,t.session,t.taskId),d(e,`UPDATE tasks SET stopped_at = COALESCE(stopped_at, @at), stopped_by = COALESCE(stopped_by, @tool),
       status = CASE WHEN status IN ('running', 'ended') THEN 'killed' ELSE status END
     WHERE session_id = @session AND id = @id`).run({at:t.at,tool:t.tool,session:t.session,id:t.taskId})}function Mt(e,t){if(!t.running)return;for(let n of t.running)U(e,t.session,n.id),d(e,"UPDATE tasks SET running_at_turn_end = MAX(COALESCE(running_at_turn_end, 0), ?), command = COALESCE(command, ?) WHERE session_id = ? AND id = ?").run(t.at,a(n.command),t.session,n.id);let r=t.running.map(()=>"?").join(",");e.prepare(`UPDATE tasks SET status = 'ended', finished_at = COALESCE(finished_at, ?)
     WHERE session_id = ? AND status = 'running' AND started_at <= ?${t.running.length?` AND id NOT IN (${r})`:""}`).run(t.at,t.session,t.at,...t.running.map(n=>n.id))}function ge(e,t,r,n){r&&d(e,`INSERT OR IGNORE INTO advice (event_id, session_id, prompt_id, tool_use_id, at, hook, kind, signature, text, chars, deferred)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(t.id,t.session,a(t.promptId),a(r.toolUseId),t.at,t.hook,r.kind,a(r.signature),r.text,r.text.length,r.deferred?1:0);for(let o of n)d(e,"INSERT OR IGNORE INTO claims (session_id, key, at) VALUES (?, ?, ?)").run(t.session,o,t.at)}function Ne(e){return{toolUseId:e.toolUseId,session:e.session,promptId:a(e.promptId),messageId:a(e.messageId),project:a(e.project),projectId:a(e.projectId),at:e.at,signature:e.signature,command:e.command,verdict:e.verdict,category:e.category,estimateS:e.estimateS,estimateSource:e.estimateSource,timeoutMs:a(e.timeoutMs),requested:me(e.requestedBackground),thresholdMs:e.thresholdMs,backfilled:e.backfilled?1:0}}function jt(e,t){d(e,`INSERT INTO sessions (id, project, project_id, developer, machine, cwd, started_at, generation)
       VALUES (@id, @project, @projectId, @developer, @machine, @cwd, @at, @generation)
     ON CONFLICT (id) DO UPDATE SET
       project = COALESCE(sessions.project, excluded.project),
       project_id = COALESCE(sessions.project_id, excluded.project_id),
       developer = COALESCE(sessions.developer, excluded.developer),
       machine = COALESCE(sessions.machine, excluded.machine),
       cwd = COALESCE(sessions.cwd, excluded.cwd),
       started_at = MIN(COALESCE(sessions.started_at, excluded.started_at), excluded.started_at),
       generation = COALESCE(sessions.generation, excluded.generation)`).run({id:t.session,project:a(t.project),projectId:a(t.projectId),developer:a(t.developer),machine:a(t.machine),cwd:a(t.cwd),at:t.at,generation:a(t.generation)})}function U(e,t,r){d(e,"INSERT OR IGNORE INTO tasks (session_id, id) VALUES (?, ?)").run(t,r)}var $t=new Set(["completed","failed","killed"]);function he(e,t,r,n,o,s,i,p,c){U(e,t,r),d(e,"INSERT OR IGNORE INTO task_checks (tool_use_id, session_id, task_id, at, tool, blocking, status_seen) VALUES (?, ?, ?, ?, ?, ?, ?)").run(n,t,r,o,s,i?1:0,a(p)),p&&$t.has(p)&&d(e,`UPDATE tasks SET status = CASE WHEN status = 'killed' THEN status ELSE @status END,
         finished_at = COALESCE(finished_at, @at), exit_code = COALESCE(@exit, exit_code)
       WHERE session_id = @session AND id = @id`).run({status:p,at:o,exit:a(c),session:t,id:r})}var te=64,Pt=16*1024*1024;function Xt(e){return JSON.parse(_e(e,Pt).toString("utf8"))}function be(e){try{return(0,N.readdirSync)(e).filter(t=>t.endsWith(".json")&&!t.startsWith(".")).sort()}catch{return[]}}function X(e,t,r=1/0,n){let o=be(t),s={applied:0,duplicates:0,bad:0,left:0};for(let i=0;i<o.length;i+=te){if(Date.now()>r){s.left=o.length-i;break}let p=[];for(let c of o.slice(i,i+te))try{p.push({file:c,event:Xt((0,x.join)(t,c))})}catch(h){if(h.code==="ENOENT")continue;(0,N.mkdirSync)((0,x.join)(t,"bad"),{recursive:!0,mode:448});try{(0,N.renameSync)((0,x.join)(t,c),(0,x.join)(t,"bad",c))}catch{}s.bad++}e.transaction(()=>{for(let{event:c}of p){if(!Te(e,c)){s.duplicates++;continue}s.applied++,(c.advice||c.claims)&&ge(e,c,c.advice,c.claims??[])}}).immediate();for(let{file:c}of p)(0,N.rmSync)((0,x.join)(t,c),{force:!0});n?.(Math.min(i+te,o.length),o.length)}return s}function Ft(e){let t=Ee(e,!1);return t?pe(t):null}function Se(e,t,r=1/0,n){let o=Ft(t);return o?X(e,o,r,n):null}var E=require("node:fs"),it=require("node:path"),at=ht(Ye(),1);var D=require("node:fs"),S=require("node:path"),Y="better-sqlite3",or={x64:"x86_64",arm64:"aarch64"};function sr(){if(!(0,D.existsSync)(`/lib/ld-musl-${or[process.arch]??process.arch}.so.1`))return!1;try{return/\/ld-musl-[^/\s]*\.so/.test((0,D.readFileSync)("/proc/self/maps","latin1"))}catch{return!1}}function ze(e=process.platform,t=process.arch){return`${e==="linux"&&sr()?"linuxmusl":e}-${t}`}function Ke(e){let t=(0,S.join)(e,"build","Release","better_sqlite3.node");if((0,D.existsSync)(t))return t;let r=(0,S.join)(e,"prebuilds",`${ze()}.node`);return(0,D.existsSync)(r)?r:void 0}function ir(e){if(!e)return[];let t=(0,S.join)(e,"..","..");return[(0,S.join)(t,"node_modules",Y),(0,S.join)(t,"..",Y)]}var Ve=22;function ar(e=process.version){return Number(e.replace(/^v/,"").split(".")[0])<Ve?`Node ${e} is too old: bgtelemetry needs Node ${Ve} or newer`:void 0}function cr(e,t=typeof require=="function"?require.resolve:void 0){let r=ir(e);for(let n of r){let o=Ke(n);if(o)return{path:o}}try{if(t){let n=(0,S.dirname)(t(`${Y}/package.json`)),o=Ke(n);if(o)return{path:o};r.push(n)}}catch{}return{error:`no ${Y} native addon (${ze()}) found in ${r.join(", ")||"any node_modules"}`}}function Qe(e){let t=ar();if(t)return{error:t};let{path:r,error:n}=cr(e);if(!r)return{error:n};try{let o={exports:{}};return process.dlopen(o,r),{addon:o.exports,path:r}}catch(o){return{path:r,error:dr(r,o.message)}}}function dr(e,t,r=process.version){return`${e} does not load on Node ${r} (${process.platform}-${process.arch}): ${t}`}var z=e=>({hour:`COALESCE(${e}.started_at, ${e}.ended_at) / 3600000`,session_id:`${e}.session_id`,project:`${e}.project`,project_id:`${e}.project_id`,signature:`${e}.signature`,backfilled:`${e}.backfilled`,slow:`(CASE WHEN ${e}.verdict IN ('suggest-background', 'must-background') OR COALESCE(${e}.duration_ms, 0) >= ${e}.threshold_ms THEN 1 ELSE 0 END)`,background:`${e}.background`,timed_out:`(CASE WHEN ${e}.outcome = 'timed-out' OR ${e}.background_reason = 'timeout' THEN 1 ELSE 0 END)`}),ie=Object.keys(z("x")),K=e=>Object.entries(z(e)).map(([t,r])=>`call_hours.${t} IS ${r}`).join(" AND "),V=e=>`COALESCE(${e}.started_at, ${e}.ended_at) IS NOT NULL`,Ze=e=>`
    INSERT INTO call_hours (${ie.join(", ")}, n, ms)
      SELECT ${Object.values(z(e)).join(", ")}, 0, 0 WHERE ${V(e)} AND NOT EXISTS (SELECT 1 FROM call_hours WHERE ${K(e)});
    UPDATE call_hours SET n = n + 1, ms = ms + COALESCE(${e}.duration_ms, 0) WHERE ${V(e)} AND ${K(e)};`,et=e=>`
    UPDATE call_hours SET n = n - 1, ms = ms - COALESCE(${e}.duration_ms, 0) WHERE ${V(e)} AND ${K(e)};
    DELETE FROM call_hours WHERE n = 0 AND ${K(e)};`,tt=e=>`
    INSERT INTO hook_hours (hour, wall_ms, n) VALUES (${e}.at / 3600000, ${e}.wall_ms, 1)
      ON CONFLICT (hour, wall_ms) DO UPDATE SET n = n + 1;`,rt=e=>`
    UPDATE hook_hours SET n = n - 1 WHERE hour = ${e}.at / 3600000 AND wall_ms = ${e}.wall_ms;
    DELETE FROM hook_hours WHERE n = 0 AND hour = ${e}.at / 3600000 AND wall_ms = ${e}.wall_ms;`,nt=`
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
  INSERT INTO call_hours (${ie.join(", ")}, n, ms)
    SELECT ${Object.values(z("b")).join(", ")}, COUNT(*), COALESCE(SUM(b.duration_ms), 0)
    FROM bash_calls b WHERE ${V("b")}
    GROUP BY ${ie.map((e,t)=>t+1).join(", ")};

  CREATE TABLE hook_hours (
    hour INTEGER NOT NULL,
    wall_ms REAL NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (hour, wall_ms)
  ) WITHOUT ROWID;
  INSERT INTO hook_hours (hour, wall_ms, n) SELECT at / 3600000, wall_ms, COUNT(*) FROM hook_runs GROUP BY 1, 2;

  CREATE TRIGGER call_hours_insert AFTER INSERT ON bash_calls BEGIN${Ze("NEW")}
  END;
  CREATE TRIGGER call_hours_update AFTER UPDATE ON bash_calls BEGIN${et("OLD")}${Ze("NEW")}
  END;
  CREATE TRIGGER call_hours_delete AFTER DELETE ON bash_calls BEGIN${et("OLD")}
  END;
  CREATE TRIGGER hook_hours_insert AFTER INSERT ON hook_runs BEGIN${tt("NEW")}
  END;
  CREATE TRIGGER hook_hours_update AFTER UPDATE OF at, wall_ms ON hook_runs BEGIN${rt("OLD")}${tt("NEW")}
  END;
  CREATE TRIGGER hook_hours_delete AFTER DELETE ON hook_runs BEGIN${rt("OLD")}
  END;
`;var ot=`CREATE VIEW task_states AS
  SELECT t.*,
    (SELECT COUNT(*) FROM task_checks c WHERE c.session_id = t.session_id AND c.task_id = t.id) AS checks,
    CASE
      WHEN t.stopped_at IS NOT NULL THEN 'stopped'
      WHEN EXISTS (SELECT 1 FROM task_checks c WHERE c.session_id = t.session_id AND c.task_id = t.id) THEN 'checked'
      WHEN t.status IN ('completed', 'failed', 'ended') THEN 'unchecked-finished'
      WHEN s.ended_at IS NOT NULL THEN 'orphaned'
      ELSE 'unchecked-running'
    END AS state
  FROM tasks t LEFT JOIN sessions s ON s.id = t.session_id;`,st=`prompt_id TEXT,
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
    threshold_ms INTEGER`,M=[{cost:"cheap",sql:`
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
    ${st}
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
  ${ot}

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
    ${st},
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

  ${ot}

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
  `},{cost:"heavy",sql:nt}],A=M.length;var _=class extends Error{constructor(r,n){super(n);this.kind=r}kind},Q;function ur(){if(typeof __dirname=="string"){if(Q??=Qe(__dirname),!Q.addon)throw new _("binding",Q.error??"the SQLite binding did not load");return Q.addon}}function lr(e){if(e instanceof _)return e;let t=e?.code??"",r=e?.message??String(e);return t==="ERR_DLOPEN_FAILED"||t==="MODULE_NOT_FOUND"&&/better[-_]sqlite3/.test(r)?new _("binding",r):t==="SQLITE_BUSY"||t==="SQLITE_LOCKED"||t.startsWith("SQLITE_BUSY_")?new _("busy",r):t==="SQLITE_NOTADB"||t==="SQLITE_CORRUPT"||t.startsWith("SQLITE_CORRUPT_")?new _("corrupt",r):new _("unavailable",`${t?t+": ":""}${r}`)}function Er(e){let t;try{t=(0,E.statSync)(e).isFile()}catch{return}if(!t)throw new _("unavailable","not a regular file (a FIFO, device or directory): SQLite cannot use it")}function ct(e,t){let r;try{Er(e);let n=t.readonly===!0;return n||((0,E.mkdirSync)((0,it.dirname)(e),{recursive:!0,mode:448}),(0,E.existsSync)(e)||pr(e)),r=dt(e,t.busyTimeoutMs,n),r.pragma("synchronous = NORMAL"),ut(r,{readonly:n,heavy:t.heavyMigrations,onStep:t.onMigration}),r}catch(n){throw r?.close(),lr(n)}}function dt(e,t,r){return new at.default(e,{timeout:t,readonly:r,fileMustExist:r,nativeBinding:ur()})}function pr(e){let t=`${e}.${process.pid}.new`;try{let r=dt(t,0,!1);try{(0,E.chmodSync)(t,384),ut(r)}finally{r.close()}try{(0,E.linkSync)(t,e)}catch(n){if(n.code!=="EEXIST"){if((0,E.existsSync)(e))return;(0,E.renameSync)(t,e)}}}finally{for(let r of["","-wal","-shm","-journal"])(0,E.rmSync)(t+r,{force:!0})}}function _r(e){return M.slice(e).some(t=>t.cost==="heavy")}function ut(e,{readonly:t=!1,heavy:r="run",onStep:n}={}){let o=e.pragma("user_version",{simple:!0});if(o!==A){if(o>A)throw new _("unavailable",`the database has schema version ${o}, newer than this bgtelemetry understands (${A}): upgrade bgtelemetry`);if(t)throw new _("unavailable",`the database has schema version ${o} and needs a migration to ${A}`);if(r==="defer"&&_r(o))throw new _("migrating",`the database has schema version ${o}; its migration to ${A} runs in the background`);e.pragma("journal_mode = WAL"),e.transaction(()=>{for(let s=e.pragma("user_version",{simple:!0});s<A;s++)n?.({from:s,to:s+1,cost:M[s].cost}),e.exec(M[s].sql),e.pragma(`user_version = ${s+1}`)}).immediate()}}var dn=3600*1e3;var Nn=600*1e3,fr=600*1e3,mr=e=>`${e}.migrating`,lt=e=>`${e}.migration-failed`;function Et(e,t){let r=mr(e);(0,O.writeFileSync)(r,String(process.pid),{mode:384});try{let n=ct(e,{busyTimeoutMs:fr});try{X(n,de(t)),Se(n,t)}finally{n.close()}return(0,O.rmSync)(lt(e),{force:!0}),!0}catch(n){let o={at:Date.now(),message:n?.message??String(n)};return(0,O.writeFileSync)(lt(e),JSON.stringify(o),{mode:384}),!1}finally{(0,O.rmSync)(r,{force:!0})}}var pt=process.argv[2];pt&&(process.exitCode=Et(pt,process.env)?0:1);
