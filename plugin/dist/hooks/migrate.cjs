"use strict";var E=(e,t)=>()=>{try{return t||e((t={exports:{}}).exports,t),t.exports}catch(s){throw t=0,s}};var U=E(ne=>{"use strict";ne.getBooleanOption=(e,t)=>{let s=!1;if(t in e&&typeof(s=e[t])!="boolean")throw new TypeError(`Expected the "${t}" option to be a boolean`);return s};ne.cppdb=Symbol();ne.inspect=Symbol.for("nodejs.util.inspect.custom")});var Se=E((jn,Et)=>{"use strict";var oe=class e extends Error{constructor(t,s){if(typeof s!="string")throw new TypeError("Expected second argument to be a string");super(""+t),this.code=s,typeof Error.captureStackTrace=="function"&&Error.captureStackTrace(this,e)}};Object.defineProperty(oe.prototype,"name",{value:"SqliteError",writable:!0,enumerable:!1,configurable:!0});Et.exports=oe});var lt=E(L=>{"use strict";var{cppdb:m}=U();L.prepare=function(t){return this[m].prepare(t,this,!1,!1)};L.exec=function(t){return this[m].exec(t),this};L.close=function(){return this[m].close(),this};L.loadExtension=function(...t){return this[m].loadExtension(...t),this};L.defaultSafeIntegers=function(...t){return this[m].defaultSafeIntegers(...t),this};L.unsafeMode=function(...t){return this[m].unsafeMode(...t),this};L.getters={name:{get:function(){return this[m].name},enumerable:!0},open:{get:function(){return this[m].open},enumerable:!0},inTransaction:{get:function(){return this[m].inTransaction},enumerable:!0},readonly:{get:function(){return this[m].readonly},enumerable:!0},memory:{get:function(){return this[m].memory},enumerable:!0}}});var pt=E((Fn,_t)=>{"use strict";var{cppdb:Ss}=U(),ut=new WeakMap;_t.exports=function(t){if(typeof t!="function")throw new TypeError("Expected first argument to be a function");let s=this[Ss],n=Ls(s,this),{apply:o}=Function.prototype,r={default:{value:re(o,t,s,n.default)},deferred:{value:re(o,t,s,n.deferred)},immediate:{value:re(o,t,s,n.immediate)},exclusive:{value:re(o,t,s,n.exclusive)},database:{value:this,enumerable:!0}};return Object.defineProperties(r.default.value,r),Object.defineProperties(r.deferred.value,r),Object.defineProperties(r.immediate.value,r),Object.defineProperties(r.exclusive.value,r),r.default.value};var Ls=(e,t)=>{let s=ut.get(e);if(!s){let n={commit:e.prepare("COMMIT",t,!1,!1),rollback:e.prepare("ROLLBACK",t,!1,!1),savepoint:e.prepare("SAVEPOINT `	_bs3.	`",t,!1,!1),release:e.prepare("RELEASE `	_bs3.	`",t,!1,!1),rollbackTo:e.prepare("ROLLBACK TO `	_bs3.	`",t,!1,!1)};ut.set(e,s={default:Object.assign({begin:e.prepare("BEGIN",t,!1,!1)},n),deferred:Object.assign({begin:e.prepare("BEGIN DEFERRED",t,!1,!1)},n),immediate:Object.assign({begin:e.prepare("BEGIN IMMEDIATE",t,!1,!1)},n),exclusive:Object.assign({begin:e.prepare("BEGIN EXCLUSIVE",t,!1,!1)},n)})}return s},re=(e,t,s,{begin:n,commit:o,rollback:r,savepoint:i,release:_,rollbackTo:c})=>function(){let b,I,D;s.inTransaction?(b=i,I=_,D=c):(b=n,I=o,D=r),b.run();try{let g=e.call(t,this,arguments);if(g&&typeof g.then=="function")throw new TypeError("Transaction function cannot return a promise");return I.run(),g}catch(g){throw s.inTransaction&&(D.run(),D!==r&&I.run()),g}}});var Nt=E((Wn,Tt)=>{"use strict";var{getBooleanOption:As,cppdb:bs}=U();Tt.exports=function(t,s){if(s==null&&(s={}),typeof t!="string")throw new TypeError("Expected first argument to be a string");if(typeof s!="object")throw new TypeError("Expected second argument to be an options object");let n=As(s,"simple"),o=this[bs].prepare(`PRAGMA ${t}`,this,!0,!1);return n?o.pluck().get():o.all()}});var mt=E((Pn,ft)=>{"use strict";var{cppdb:Is}=U();ft.exports=function(t){if(typeof t!="string")throw new TypeError("Expected first argument to be a string");return this[Is].prepare(`EXPLAIN ${t}`,this,!1,!0).all()}});var Rt=E((Hn,gt)=>{gt.exports=function(){throw new Error("not available in a bgtelemetry hook")}});var Ot=E((Xn,ht)=>{ht.exports=function(){throw new Error("not available in a bgtelemetry hook")}});var Lt=E((Bn,St)=>{St.exports=function(){throw new Error("not available in a bgtelemetry hook")}});var bt=E((qn,At)=>{At.exports=function(){throw new Error("not available in a bgtelemetry hook")}});var yt=E((Yn,It)=>{It.exports=function(){throw new Error("not available in a bgtelemetry hook")}});var kt=E((Kn,Ct)=>{Ct.exports=function(){throw new Error("not available in a bgtelemetry hook")}});var vt=E((Jn,Dt)=>{"use strict";var ys=require("fs"),Cs=require("path"),ie=U(),ks=Se();Dt.exports=function(t,s){function n(r,i){if(new.target==null)return new n(r,i);let _,c;if(Buffer.isBuffer(r))_=r,r=":memory:";else if(typeof r=="number"){if(!Number.isInteger(r)||r<0||r>2147483647)throw new TypeError("Expected the file descriptor to be a non-negative 32-bit integer");c=r,r=`fd:${c}`}if(r==null&&(r=""),i==null&&(i={}),typeof r!="string")throw new TypeError("Expected first argument to be a string");if(typeof i!="object")throw new TypeError("Expected second argument to be an options object");if("readOnly"in i)throw new TypeError('Misspelled option "readOnly" should be "readonly"');if("memory"in i)throw new TypeError('Option "memory" was removed in v7.0.0 (use ":memory:" filename instead)');let O=r.trim(),b=O===""||O===":memory:",I=ie.getBooleanOption(i,"readonly"),D=ie.getBooleanOption(i,"fileMustExist"),g="timeout"in i?i.timeout:5e3,le="verbose"in i?i.verbose:null,H="nativeBinding"in i?i.nativeBinding:null,y="journalFd"in i?i.journalFd:void 0;if(I&&b&&!_)throw new TypeError("In-memory/temporary databases cannot be readonly");if(!Number.isInteger(g)||g<0)throw new TypeError('Expected the "timeout" option to be a positive integer');if(g>2147483647)throw new RangeError('Option "timeout" cannot be greater than 2147483647');if(le!=null&&typeof le!="function")throw new TypeError('Expected the "verbose" option to be a function');if(c!==void 0&&y===void 0)throw new TypeError('The "journalFd" option is required when opening a database from a file descriptor');if(c===void 0&&y!==void 0)throw new TypeError('The "journalFd" option can only be used when opening a database from a file descriptor');if(y!==void 0&&!(Number.isInteger(y)&&y>=0&&y<=2147483647))throw new TypeError('Expected the "journalFd" option to be a non-negative 32-bit integer');if(!s&&"nativeBinding"in i)throw new TypeError('The "nativeBinding" option is only supported by the default better-sqlite3 entrypoint');if(s&&H!=null&&typeof H!="string"&&typeof H!="object")throw new TypeError('Expected the "nativeBinding" option to be a string or addon object');let X=t(H);if(X.isInitialized||(X.initialize(ks,Ds,vs,xs,$s),X.isInitialized=!0),c===void 0&&!b&&!O.startsWith("file:")&&!ys.existsSync(Cs.dirname(O)))throw new TypeError("Cannot open database because the directory does not exist");Object.defineProperties(this,{[ie.cppdb]:{value:new X.Database(O,r,b,I,D,g,le||null,_||null,c??null,y??null)},...o.getters})}let o=lt();return n.prototype.prepare=o.prepare,n.prototype.transaction=pt(),n.prototype.pragma=Nt(),n.prototype.explain=mt(),n.prototype.backup=Rt(),n.prototype.serialize=Ot(),n.prototype.function=Lt(),n.prototype.aggregate=bt(),n.prototype.table=yt(),n.prototype.loadExtension=o.loadExtension,n.prototype.exec=o.exec,n.prototype.close=o.close,n.prototype.defaultSafeIntegers=o.defaultSafeIntegers,n.prototype.unsafeMode=o.unsafeMode,n.prototype[ie.inspect]=kt(),n};function Ds(...e){return e}function vs(e,...t){let s=e.length;for(let n=0;n<t.length;++n)e[s+n]=t[n]}function xs(...e){if(!e.includes("__proto__")){let t=e.map((n,o)=>`v${o}`).join(","),s=e.map((n,o)=>`${JSON.stringify(n)}:v${o}`).join(",");return Function(`return (${t}) => ({${s}})`)()}return(...t)=>{let s={};for(let n=0;n<e.length;++n)s[e[n]]=t[n];return s}}function $s(e){return{value:e,done:!1}}});var $t=E((Ae,xt)=>{"use strict";var de=require("fs"),ce=require("path"),ws=["linux","darwin","win32"],Us=["x64","arm64"],ae;function Ms(e){if(typeof e=="string")return(typeof __non_webpack_require__=="function"?__non_webpack_require__:require)(ce.resolve(e).replace(/(\.node)?$/,".node"));if(typeof e=="object"&&e!==null)return e;if(ae)return ae;let t=ce.join(__dirname,"..","build","Debug","better_sqlite3.node");return de.existsSync(t)||(t=ce.join(__dirname,"..","build","Release","better_sqlite3.node")),de.existsSync(t)?ae=require(t):ae=require(Le()||t)}function Le(){if(ws.includes(process.platform)&&Us.includes(process.arch)){let e=`${js()?"linuxmusl":process.platform}-${process.arch}`,t=ce.join(__dirname,"..","prebuilds",`${e}.node`);if(de.existsSync(t))return t}return null}function js(){if(process.platform!=="linux")return!1;try{let s=de.readFileSync("/proc/self/maps","latin1");if(/\/ld-musl-[^/\s]*\.so/.test(s))return!0;if(/\/(?:ld-linux[^/\s]*|libc)\.so\.\d/.test(s))return!1}catch{}let{report:e}=process,t=e.excludeNetwork;e.excludeNetwork=!0;try{return!e.getReport().header.glibcVersionRuntime}finally{e.excludeNetwork=t}}Ae.getBinding=Ms;Ae.getPrebuildPath=Le;require.main===xt&&process.stdout.write(Le()?"1":"0")});var wt=E((Vn,be)=>{"use strict";be.exports=vt()($t().getBinding,!0);be.exports.SqliteError=Se()});var A=require("node:fs");var ye=require("node:os"),B=require("node:path");function Ht(e=process.env){return e.CLAUDE_CONFIG_DIR||(0,B.join)(e.HOME||(0,ye.homedir)(),".claude")}function M(e=process.env){return e.BGTELEMETRY_HOME||(0,B.join)(Ht(e),"bgtelemetry")}function Ce(e=process.env){return(0,B.join)(M(e),"spool")}var l=require("node:fs");var on=1024*1024;var rn=l.constants.O_WRONLY|l.constants.O_APPEND|l.constants.O_CREAT|(l.constants.O_NONBLOCK??0);var v=require("node:fs"),De=require("node:os"),R=require("node:path");function ke(e){let t=2166136261;for(let s=0;s<e.length;s++)t^=e.charCodeAt(s),t=Math.imul(t,16777619);return(t>>>0).toString(36)}function ue(e=process.env){let s=(e.XDG_RUNTIME_DIR&&(0,R.isAbsolute)(e.XDG_RUNTIME_DIR)?e.XDG_RUNTIME_DIR:void 0)||(e.TMPDIR&&(0,R.isAbsolute)(e.TMPDIR)?e.TMPDIR:(0,De.tmpdir)());return(0,R.join)(s,`bgtelemetry-${process.getuid?.()??"user"}`)}function Xt(e=process.env){return(0,R.join)(ue(e),ke((0,R.resolve)(M(e))))}function Bt(e){let t;try{t=(0,v.lstatSync)(e)}catch{return null}if(t.isSymbolicLink())return`${e} is a symbolic link`;if(!t.isDirectory())return`${e} is not a directory`;let s=process.getuid?.();return s!==void 0&&t.uid!==s?`${e} belongs to another user (uid ${t.uid})`:(t.mode&63)!==0?`${e} can be entered by other users (mode ${(t.mode&511).toString(8)})`:null}function ve(e=process.env,t=!1){let s=ue(e);try{t&&(0,v.mkdirSync)(s,{mode:448})}catch(n){if(n.code!=="EEXIST")return null}if(Bt(s))return null;try{let n=Xt(e);return t?(0,v.mkdirSync)(n,{recursive:!0,mode:448}):(0,v.lstatSync)(n),n}catch{return null}}function xe(e){return(0,R.join)(e,"spool")}var h=require("node:fs"),x=require("node:path");var T=require("node:fs"),qt=T.constants.O_RDONLY|(T.constants.O_NONBLOCK??0),j=class extends Error{constructor(s,n){super(s);this.kind=n}kind;code="EREFUSED"},Yt=[[e=>e.isFIFO(),"a FIFO"],[e=>e.isDirectory(),"a directory"],[e=>e.isSocket(),"a socket"],[e=>e.isCharacterDevice(),"a character device"],[e=>e.isBlockDevice(),"a block device"]];function Kt(e,t){let s=Yt.find(([n])=>n(t))?.[1]??"an unknown kind of file";return new j(`${e} is not a regular file (${s})`,s)}function Jt(e,t,s){let n=(0,T.openSync)(e,qt);try{let o=(0,T.fstatSync)(n);if(!o.isFile())throw Kt(e,o);if(s&&!s(o))throw new j(`${e} is not acceptable (owner or mode)`);return t(n,o.size)}finally{(0,T.closeSync)(n)}}function Vt(e,t,s){let n=Buffer.allocUnsafe(t),o=0;for(;o<t;){let r=(0,T.readSync)(e,n,o,t-o,s+o);if(r===0)break;o+=r}return n.subarray(0,o)}function $e(e,t,s){return Jt(e,(n,o)=>{if(o>t)throw new j(`${e} is larger than ${t} bytes`);return Vt(n,o,0)},s)}var we=new WeakMap;function d(e,t){let s=we.get(e);s||we.set(e,s=new Map);let n=s.get(t);return n||s.set(t,n=e.prepare(t)),n}var Ue=e=>e===void 0?null:e?1:0,a=e=>e===void 0?null:e,Qt={"session-start":zt,"session-end":Zt,prompt:es,"bash-pre":ts,"bash-post":ss,"task-check":(e,t)=>Fe(e,t.session,t.taskId,t.toolUseId,t.at,t.tool,t.blocking,t.statusSeen,t.exitCode),"task-stop":ns,"turn-end":os};function Me(e,t){return d(e,"INSERT OR IGNORE INTO applied_events (id, kind, at) VALUES (?, ?, ?)").run(t.id,t.kind,t.at).changes===0?!1:(rs(e,t),Qt[t.kind](e,t),t.delivered&&d(e,"UPDATE advice SET delivered_at = COALESCE(delivered_at, ?) WHERE event_id = ?").run(t.at,t.delivered),t.backfilled||d(e,"INSERT OR IGNORE INTO hook_runs (event_id, hook, at, wall_ms) VALUES (?, ?, ?, ?)").run(t.id,t.hook,t.at,t.wallMs),!0)}function zt(e,t){d(e,"UPDATE sessions SET source = COALESCE(source, ?) WHERE id = ?").run(a(t.source),t.session)}function Zt(e,t){d(e,"UPDATE sessions SET ended_at = MAX(COALESCE(ended_at, 0), ?), end_reason = COALESCE(?, end_reason) WHERE id = ?").run(t.at,a(t.reason),t.session)}function es(e,t){d(e,"INSERT OR IGNORE INTO prompts (id, session_id, at, kind, intents, chars) VALUES (?, ?, ?, ?, ?, ?)").run(t.promptId??t.id,t.session,t.at,t.promptKind,t.intents.join(","),t.chars),t.notification&&(G(e,t.session,t.notification.taskId),d(e,`UPDATE tasks SET notified_at = COALESCE(notified_at, @at), finished_at = COALESCE(finished_at, @at),
         exit_code = COALESCE(@exit, exit_code), status = CASE WHEN status = 'killed' THEN status ELSE @status END
       WHERE session_id = @session AND id = @id`).run({at:t.at,exit:a(t.notification.exitCode),status:t.notification.status,session:t.session,id:t.notification.taskId}))}function ts(e,t){d(e,`INSERT INTO bash_calls (tool_use_id, session_id, prompt_id, message_id, project, project_id, started_at, signature, command, verdict, category,
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
       duration_source = COALESCE(bash_calls.duration_source, CASE WHEN bash_calls.ended_at IS NOT NULL THEN 'hooks' END)`).run(Ge(t))}function ss(e,t){d(e,`INSERT INTO bash_calls (tool_use_id, session_id, prompt_id, message_id, project, project_id, ended_at, signature, command, verdict, category,
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
       duration_source = COALESCE(excluded.duration_source, CASE WHEN bash_calls.started_at IS NOT NULL THEN 'hooks' END)`).run({...Ge(t),background:Ue(t.background),reason:a(t.backgroundReason),outcome:t.outcome,exitCode:a(t.exitCode),durationMs:a(t.durationMs),durationSource:t.durationMs===void 0?null:a(t.durationSource),taskId:a(t.taskId)}),t.taskId&&(G(e,t.session,t.taskId),d(e,`UPDATE tasks SET tool_use_id = COALESCE(tool_use_id, @toolUseId), started_at = COALESCE(started_at, @at),
         signature = COALESCE(signature, @signature), command = COALESCE(command, @command), category = COALESCE(category, @category)
       WHERE session_id = @session AND id = @id`).run({toolUseId:t.toolUseId,at:t.at,signature:t.signature,command:t.command,category:t.category,session:t.session,id:t.taskId})),t.readsTask&&Fe(e,t.session,t.readsTask,t.toolUseId,t.at,"Bash",!1)}function ns(e,t){G(e,t.session,t.taskId),d(e,`UPDATE tasks SET stopped_at = COALESCE(stopped_at, @at), stopped_by = COALESCE(stopped_by, @tool),
       status = CASE WHEN status IN ('running', 'ended') THEN 'killed' ELSE status END
     WHERE session_id = @session AND id = @id`).run({at:t.at,tool:t.tool,session:t.session,id:t.taskId})}function os(e,t){if(!t.running)return;for(let n of t.running)G(e,t.session,n.id),d(e,"UPDATE tasks SET running_at_turn_end = MAX(COALESCE(running_at_turn_end, 0), ?), command = COALESCE(command, ?) WHERE session_id = ? AND id = ?").run(t.at,a(n.command),t.session,n.id);let s=t.running.map(()=>"?").join(",");e.prepare(`UPDATE tasks SET status = 'ended', finished_at = COALESCE(finished_at, ?)
     WHERE session_id = ? AND status = 'running' AND started_at <= ?${t.running.length?` AND id NOT IN (${s})`:""}`).run(t.at,t.session,t.at,...t.running.map(n=>n.id))}function je(e,t,s,n){s&&d(e,`INSERT OR IGNORE INTO advice (event_id, session_id, prompt_id, tool_use_id, at, hook, kind, signature, text, chars, deferred)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(t.id,t.session,a(t.promptId),a(s.toolUseId),t.at,t.hook,s.kind,a(s.signature),s.text,s.text.length,s.deferred?1:0);for(let o of n)d(e,"INSERT OR IGNORE INTO claims (session_id, key, at) VALUES (?, ?, ?)").run(t.session,o,t.at)}function Ge(e){return{toolUseId:e.toolUseId,session:e.session,promptId:a(e.promptId),messageId:a(e.messageId),project:a(e.project),projectId:a(e.projectId),at:e.at,signature:e.signature,command:e.command,verdict:e.verdict,category:e.category,estimateS:e.estimateS,estimateSource:e.estimateSource,timeoutMs:a(e.timeoutMs),requested:Ue(e.requestedBackground),thresholdMs:e.thresholdMs,backfilled:e.backfilled?1:0}}function rs(e,t){d(e,`INSERT INTO sessions (id, project, project_id, developer, machine, cwd, started_at, generation)
       VALUES (@id, @project, @projectId, @developer, @machine, @cwd, @at, @generation)
     ON CONFLICT (id) DO UPDATE SET
       project = COALESCE(sessions.project, excluded.project),
       project_id = COALESCE(sessions.project_id, excluded.project_id),
       developer = COALESCE(sessions.developer, excluded.developer),
       machine = COALESCE(sessions.machine, excluded.machine),
       cwd = COALESCE(sessions.cwd, excluded.cwd),
       started_at = MIN(COALESCE(sessions.started_at, excluded.started_at), excluded.started_at),
       generation = COALESCE(sessions.generation, excluded.generation)`).run({id:t.session,project:a(t.project),projectId:a(t.projectId),developer:a(t.developer),machine:a(t.machine),cwd:a(t.cwd),at:t.at,generation:a(t.generation)})}function G(e,t,s){d(e,"INSERT OR IGNORE INTO tasks (session_id, id) VALUES (?, ?)").run(t,s)}var is=new Set(["completed","failed","killed"]);function Fe(e,t,s,n,o,r,i,_,c){G(e,t,s),d(e,"INSERT OR IGNORE INTO task_checks (tool_use_id, session_id, task_id, at, tool, blocking, status_seen) VALUES (?, ?, ?, ?, ?, ?, ?)").run(n,t,s,o,r,i?1:0,a(_)),_&&is.has(_)&&d(e,`UPDATE tasks SET status = CASE WHEN status = 'killed' THEN status ELSE @status END,
         finished_at = COALESCE(finished_at, @at), exit_code = COALESCE(@exit, exit_code)
       WHERE session_id = @session AND id = @id`).run({status:_,at:o,exit:a(c),session:t,id:s})}var _e=64,as=16*1024*1024;function cs(e){return JSON.parse($e(e,as).toString("utf8"))}function We(e){try{return(0,h.readdirSync)(e).filter(t=>t.endsWith(".json")&&!t.startsWith(".")).sort()}catch{return[]}}function q(e,t,s=1/0,n){let o=We(t),r={applied:0,duplicates:0,bad:0,left:0};for(let i=0;i<o.length;i+=_e){if(Date.now()>s){r.left=o.length-i;break}let _=[];for(let c of o.slice(i,i+_e))try{_.push({file:c,event:cs((0,x.join)(t,c))})}catch(O){if(O.code==="ENOENT")continue;(0,h.mkdirSync)((0,x.join)(t,"bad"),{recursive:!0,mode:448});try{(0,h.renameSync)((0,x.join)(t,c),(0,x.join)(t,"bad",c))}catch{}r.bad++}e.transaction(()=>{for(let{event:c}of _){if(!Me(e,c)){r.duplicates++;continue}r.applied++,(c.advice||c.claims)&&je(e,c,c.advice,c.claims??[])}}).immediate();for(let{file:c}of _)(0,h.rmSync)((0,x.join)(t,c),{force:!0});n?.(Math.min(i+_e,o.length),o.length)}return r}function ds(e){let t=ve(e,!1);return t?xe(t):null}function Pe(e,t,s=1/0,n){let o=ds(t);return o?q(e,o,s,n):null}var u=require("node:fs"),Ut=require("node:module"),Mt=require("node:path");var $=require("node:fs"),S=require("node:path"),Y="better-sqlite3",Es={x64:"x86_64",arm64:"aarch64"};function ls(){if(!(0,$.existsSync)(`/lib/ld-musl-${Es[process.arch]??process.arch}.so.1`))return!1;try{return/\/ld-musl-[^/\s]*\.so/.test((0,$.readFileSync)("/proc/self/maps","latin1"))}catch{return!1}}function Be(e=process.platform,t=process.arch){return`${e==="linux"&&ls()?"linuxmusl":e}-${t}`}function He(e){let t=(0,S.join)(e,"build","Release","better_sqlite3.node");if((0,$.existsSync)(t))return t;let s=(0,S.join)(e,"prebuilds",`${Be()}.node`);return(0,$.existsSync)(s)?s:void 0}function us(e){if(!e)return[];let t=(0,S.join)(e,"..","..");return[(0,S.join)(t,"node_modules",Y),(0,S.join)(t,"..",Y)]}var Xe=22;function pe(e=process.version){return Number(e.replace(/^v/,"").split(".")[0])<Xe?`Node ${e} is too old: bgtelemetry needs Node ${Xe} or newer`:void 0}function _s(e,t=typeof require=="function"?require.resolve:void 0){let s=us(e);for(let n of s){let o=He(n);if(o)return{path:o}}try{if(t){let n=(0,S.dirname)(t(`${Y}/package.json`)),o=He(n);if(o)return{path:o};s.push(n)}}catch{}return{error:`no ${Y} native addon (${Be()}) found in ${s.join(", ")||"any node_modules"}`}}function qe(e){let t=pe();if(t)return{error:t};let{path:s,error:n}=_s(e);if(!s)return{error:n};try{let o={exports:{}};return process.dlopen(o,s),{addon:o.exports,path:s}}catch(o){return{path:s,error:ps(s,o.message)}}}function ps(e,t,s=process.version){return`${e} does not load on Node ${s} (${process.platform}-${process.arch}): ${t}`}var F;function fe(){if(F!==void 0)return F;process.removeAllListeners("warning");try{F=process.getBuiltinModule("node:sqlite")??null}catch{F=null}return F}var Ne=class{constructor(t){this.statement=t;t.setAllowUnknownNamedParameters?.(!0)}statement;plucked=!1;run(...t){return this.statement.run(...K(t))}get(...t){let s=this.statement.get(...K(t));return this.plucked&&s?Te(s):s}all(...t){let s=this.statement.all(...K(t));return this.plucked?s.map(Te):s}*iterate(...t){for(let s of this.statement.iterate(...K(t)))yield this.plucked?Te(s):s}pluck(t=!0){return this.plucked=t,this}};function K(e){return e.some(Array.isArray)?e.flat():e}function Te(e){for(let t in e)return e[t]}var J=class e{constructor(t){this.db=t}db;depth=0;closed=!1;static connect(t,{busyTimeoutMs:s,readonly:n}){let o=fe();if(!o)throw new Error("node:sqlite is not available in this Node");let r=new e(new o.DatabaseSync(t,{readOnly:n}));return r.db.exec(`PRAGMA busy_timeout = ${Math.max(0,Math.floor(s))}`),r}get open(){return!this.closed}get inTransaction(){return this.db.isTransaction??this.depth>0}prepare(t){return new Ne(this.db.prepare(t))}exec(t){return this.db.exec(t),this}pragma(t,s={}){let n=this.prepare(`PRAGMA ${t}`);return s.simple?n.pluck().get():n.all()}transaction(t){let s=n=>()=>this.inside(n,t);return Object.assign(s("BEGIN"),{deferred:s("BEGIN DEFERRED"),immediate:s("BEGIN IMMEDIATE")})}inside(t,s){let n=this.depth>0,o=`bgt_${this.depth}`;this.db.exec(n?`SAVEPOINT ${o}`:t),this.depth++;try{let r=s();return this.db.exec(n?`RELEASE ${o}`:"COMMIT"),r}catch(r){throw this.rollback(n?`ROLLBACK TO ${o}; RELEASE ${o}`:"ROLLBACK"),r}finally{this.depth--}}rollback(t){try{this.db.exec(t)}catch{}}close(){return this.closed||this.db.close(),this.closed=!0,this}};function Ts(e){let t=`replace(${e}, '\\', '/')`;return`replace(${t}, rtrim(${t}, replace(${t}, '/', '')), '')`}var ge=e=>`COALESCE(${e}.project_id, ${Ts(`${e}.project`)})`,Ye=e=>`COALESCE((SELECT ${e("b")} FROM bash_calls b WHERE b.session_id = a.session_id AND b.tool_use_id = a.tool_use_id), (SELECT ${e("s")} FROM sessions s WHERE s.id = a.session_id))`,Ke='event_id, session_id, at, shown, kind, signature, project, project_id, followed, "right", call_fg_ms',Je=e=>`
    SELECT a.event_id, a.session_id, a.at,
      CASE WHEN a.deferred = 0 OR a.delivered_at IS NOT NULL THEN 1 ELSE 0 END,
      a.kind, a.signature, ${Ye(t=>`${t}.project`)}, ${Ye(ge)}, a.followed, a."right",
      (SELECT CASE WHEN COALESCE(b.background, 0) <> 1 THEN b.duration_ms END FROM bash_calls b WHERE b.session_id = a.session_id AND b.tool_use_id = a.tool_use_id)
    FROM advice_outcomes a WHERE ${e}`,N=(e,t)=>`
    DELETE FROM advice_facts WHERE event_id IN (SELECT a.event_id FROM advice a WHERE a.session_id = ${e} AND (${t}));
    INSERT INTO advice_facts (${Ke}) ${Je(`a.session_id = ${e} AND (${t})`)};`,V=(e,t="IS")=>`a.tool_use_id = ${e}.tool_use_id OR (${e}.background = 1 AND a.prompt_id ${t} ${e}.prompt_id AND a.at < ${e}.started_at)`,me=e=>`a.tool_use_id IN (SELECT c.tool_use_id FROM bash_calls c WHERE c.session_id = ${e}.session_id AND c.task_id = ${e}.id)`,Ve=`
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
  INSERT INTO advice_facts (${Ke}) ${Je("TRUE")};

  CREATE TRIGGER advice_facts_advice_insert AFTER INSERT ON advice BEGIN${N("NEW.session_id","a.event_id = NEW.event_id")}
  END;
  CREATE TRIGGER advice_facts_advice_update AFTER UPDATE ON advice BEGIN
    DELETE FROM advice_facts WHERE event_id = OLD.event_id;${N("NEW.session_id","a.event_id = NEW.event_id")}
  END;
  CREATE TRIGGER advice_facts_advice_delete AFTER DELETE ON advice BEGIN
    DELETE FROM advice_facts WHERE event_id = OLD.event_id;
  END;
  CREATE TRIGGER advice_facts_call_insert AFTER INSERT ON bash_calls BEGIN${N("NEW.session_id",V("NEW"))}
  END;
  CREATE TRIGGER advice_facts_call_update AFTER UPDATE ON bash_calls BEGIN${N("OLD.session_id",`${V("OLD")} OR ${V("NEW")}`)}
  END;
  CREATE TRIGGER advice_facts_call_delete AFTER DELETE ON bash_calls BEGIN${N("OLD.session_id",V("OLD"))}
  END;
  CREATE TRIGGER advice_facts_task_insert AFTER INSERT ON tasks BEGIN${N("NEW.session_id",me("NEW"))}
  END;
  CREATE TRIGGER advice_facts_task_update AFTER UPDATE ON tasks BEGIN${N("NEW.session_id",me("NEW"))}
  END;
  CREATE TRIGGER advice_facts_task_delete AFTER DELETE ON tasks BEGIN${N("OLD.session_id",me("OLD"))}
  END;
  CREATE TRIGGER advice_facts_session_insert AFTER INSERT ON sessions BEGIN${N("NEW.id","TRUE")}
  END;
  CREATE TRIGGER advice_facts_session_update AFTER UPDATE OF project, project_id ON sessions
    WHEN OLD.project IS NOT NEW.project OR OLD.project_id IS NOT NEW.project_id BEGIN${N("NEW.id","TRUE")}
  END;
  CREATE TRIGGER advice_facts_session_delete AFTER DELETE ON sessions BEGIN${N("OLD.id","TRUE")}
  END;
`;var C={call_session_hours:["hour","session_id","project","project_id","backfilled","slow","background","timed_out"],call_signature_hours:["hour","signature","backfilled","slow","background","timed_out"]},Ns={hour:"INTEGER NOT NULL",session_id:"TEXT NOT NULL",project:"TEXT",project_id:"TEXT",signature:"TEXT",backfilled:"INTEGER NOT NULL",slow:"INTEGER NOT NULL",background:"INTEGER",timed_out:"INTEGER NOT NULL"},W=(e,t,s="IS")=>C[e].map(n=>`${e}.${n} ${n==="hour"||n==="session_id"?"=":s} ${t}.${n}`).join(" AND "),Q=e=>C[e].join(", "),fs=(e,t)=>C[e].map(s=>`${t}.${s}`).join(", "),Qe=(e,t)=>`
    INSERT INTO ${e} (${Q(e)}, n, ms) SELECT ${fs(e,t)}, 0, 0 WHERE NOT EXISTS (SELECT 1 FROM ${e} WHERE ${W(e,t)});
    UPDATE ${e} SET n = n + ${t}.n, ms = ms + ${t}.ms WHERE ${W(e,t)};`,ze=(e,t)=>`
    UPDATE ${e} SET n = n - ${t}.n, ms = ms - ${t}.ms WHERE ${W(e,t)};
    DELETE FROM ${e} WHERE n = 0 AND ${W(e,t)};`,ms=e=>`
    UPDATE ${e} SET n = n + NEW.n - OLD.n, ms = ms + NEW.ms - OLD.ms WHERE ${W(e,"NEW")};`,w=Object.keys(C),gs=[...new Set(w.flatMap(e=>C[e]))],Ze=gs.map(e=>`OLD.${e} IS NEW.${e}`).join(" AND "),et=`${w.map(e=>`
  CREATE TABLE ${e} (
    ${C[e].map(t=>`${t} ${Ns[t]}`).join(`,
    `)},
    n INTEGER NOT NULL,
    ms INTEGER NOT NULL
  );
  -- Covers the report's read (a range of hours) and the triggers' lookups.
  CREATE INDEX ${e}_by_hour ON ${e}(${Q(e)}, n, ms);
  INSERT INTO ${e} (${Q(e)}, n, ms) SELECT ${Q(e)}, SUM(n), SUM(ms) FROM call_hours GROUP BY ${C[e].map((t,s)=>s+1).join(", ")};`).join("")}

  CREATE TRIGGER call_rollups_insert AFTER INSERT ON call_hours BEGIN${w.map(e=>Qe(e,"NEW")).join("")}
  END;
  CREATE TRIGGER call_rollups_update AFTER UPDATE ON call_hours WHEN ${Ze} BEGIN${w.map(ms).join("")}
  END;
  CREATE TRIGGER call_rollups_move AFTER UPDATE ON call_hours WHEN NOT (${Ze}) BEGIN${w.map(e=>ze(e,"OLD")+Qe(e,"NEW")).join("")}
  END;
  CREATE TRIGGER call_rollups_delete AFTER DELETE ON call_hours BEGIN${w.map(e=>ze(e,"OLD")).join("")}
  END;
`;var Re=(e,t)=>`(CASE WHEN ${e}.finished_at IS NULL AND ${e}.stopped_at IS NULL THEN ${t}.ended_at WHEN ${e}.finished_at IS NULL THEN ${e}.stopped_at
     WHEN ${e}.stopped_at IS NULL OR ${e}.finished_at < ${e}.stopped_at THEN ${e}.finished_at ELSE ${e}.stopped_at END)`,tt=e=>`COALESCE((SELECT ${e("b")} FROM bash_calls b WHERE b.session_id = t.session_id AND b.tool_use_id = t.tool_use_id), ${e("s")})`,Z="session_id, id, started_at, ended_at, running, state, ran_ms, signature, command, project, project_id, backfilled",Rs=e=>`
    SELECT t.session_id AS session_id, t.id AS id, t.started_at AS started_at, ${Re("t","s")} AS ended_at,
      (SELECT COUNT(*) FROM tasks u WHERE u.session_id = t.session_id AND u.started_at <= t.started_at
         AND (u.id = t.id OR ${Re("u","s")} IS NULL OR ${Re("u","s")} > t.started_at)) AS running,
      t.state AS state,
      CASE WHEN t.status IN ('completed', 'failed') AND t.finished_at IS NOT NULL THEN
        CASE WHEN t.finished_at > t.started_at THEN t.finished_at - t.started_at ELSE 0 END END AS ran_ms,
      t.signature AS signature, t.command AS command, ${tt(t=>`${t}.project`)} AS project, ${tt(ge)} AS project_id,
      (SELECT b.backfilled FROM bash_calls b WHERE b.session_id = t.session_id AND b.tool_use_id = t.tool_use_id) AS backfilled
    FROM task_states t LEFT JOIN sessions s ON s.id = t.session_id
    WHERE t.started_at IS NOT NULL AND (${e})`,f=(e,t="TRUE")=>`
    DELETE FROM task_facts WHERE session_id = ${e} AND ${t};
    INSERT INTO task_facts (${Z}) SELECT ${Z} FROM task_fact_rows WHERE session_id = ${e} AND ${t};`,he=(e,t)=>f(t)+f(e,`${e} IS NOT ${t}`),z=e=>`(${e}.task_id IS NOT NULL AND EXISTS (SELECT 1 FROM tasks x WHERE x.session_id = ${e}.session_id AND x.tool_use_id = ${e}.tool_use_id))`,hs="OLD.ended_at IS NOT NEW.ended_at OR OLD.project IS NOT NEW.project OR OLD.project_id IS NOT NEW.project_id",Os="OLD.project IS NOT NEW.project OR OLD.project_id IS NOT NEW.project_id OR OLD.backfilled IS NOT NEW.backfilled OR OLD.tool_use_id IS NOT NEW.tool_use_id OR OLD.session_id IS NOT NEW.session_id",st=`
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
  CREATE VIEW task_fact_rows AS ${Rs("TRUE")};
  INSERT INTO task_facts (${Z}) SELECT ${Z} FROM task_fact_rows;

  CREATE TRIGGER task_facts_task_insert AFTER INSERT ON tasks BEGIN${f("NEW.session_id")}
  END;
  CREATE TRIGGER task_facts_task_update AFTER UPDATE ON tasks BEGIN${he("OLD.session_id","NEW.session_id")}
  END;
  CREATE TRIGGER task_facts_task_delete AFTER DELETE ON tasks BEGIN${f("OLD.session_id")}
  END;
  CREATE TRIGGER task_facts_check_insert AFTER INSERT ON task_checks BEGIN${f("NEW.session_id")}
  END;
  CREATE TRIGGER task_facts_check_update AFTER UPDATE ON task_checks BEGIN${he("OLD.session_id","NEW.session_id")}
  END;
  CREATE TRIGGER task_facts_check_delete AFTER DELETE ON task_checks BEGIN${f("OLD.session_id")}
  END;
  CREATE TRIGGER task_facts_session_insert AFTER INSERT ON sessions BEGIN${f("NEW.id")}
  END;
  CREATE TRIGGER task_facts_session_update AFTER UPDATE ON sessions WHEN ${hs} BEGIN${f("NEW.id")}
  END;
  CREATE TRIGGER task_facts_session_delete AFTER DELETE ON sessions BEGIN${f("OLD.id")}
  END;
  CREATE TRIGGER task_facts_call_insert AFTER INSERT ON bash_calls WHEN ${z("NEW")} BEGIN${f("NEW.session_id")}
  END;
  CREATE TRIGGER task_facts_call_update AFTER UPDATE ON bash_calls WHEN (${Os}) AND (${z("OLD")} OR ${z("NEW")}) BEGIN${he("OLD.session_id","NEW.session_id")}
  END;
  CREATE TRIGGER task_facts_call_delete AFTER DELETE ON bash_calls WHEN ${z("OLD")} BEGIN${f("OLD.session_id")}
  END;
`;var se=e=>({hour:`COALESCE(${e}.started_at, ${e}.ended_at) / 3600000`,session_id:`${e}.session_id`,project:`${e}.project`,project_id:`${e}.project_id`,signature:`${e}.signature`,backfilled:`${e}.backfilled`,slow:`(CASE WHEN ${e}.verdict IN ('suggest-background', 'must-background') OR COALESCE(${e}.duration_ms, 0) >= ${e}.threshold_ms THEN 1 ELSE 0 END)`,background:`${e}.background`,timed_out:`(CASE WHEN ${e}.outcome = 'timed-out' OR ${e}.background_reason = 'timeout' THEN 1 ELSE 0 END)`}),Oe=Object.keys(se("x")),ee=e=>Object.entries(se(e)).map(([t,s])=>`call_hours.${t} IS ${s}`).join(" AND "),te=e=>`COALESCE(${e}.started_at, ${e}.ended_at) IS NOT NULL`,nt=e=>`
    INSERT INTO call_hours (${Oe.join(", ")}, n, ms)
      SELECT ${Object.values(se(e)).join(", ")}, 0, 0 WHERE ${te(e)} AND NOT EXISTS (SELECT 1 FROM call_hours WHERE ${ee(e)});
    UPDATE call_hours SET n = n + 1, ms = ms + COALESCE(${e}.duration_ms, 0) WHERE ${te(e)} AND ${ee(e)};`,ot=e=>`
    UPDATE call_hours SET n = n - 1, ms = ms - COALESCE(${e}.duration_ms, 0) WHERE ${te(e)} AND ${ee(e)};
    DELETE FROM call_hours WHERE n = 0 AND ${ee(e)};`,rt=e=>`
    INSERT INTO hook_hours (hour, wall_ms, n) VALUES (${e}.at / 3600000, ${e}.wall_ms, 1)
      ON CONFLICT (hour, wall_ms) DO UPDATE SET n = n + 1;`,it=e=>`
    UPDATE hook_hours SET n = n - 1 WHERE hour = ${e}.at / 3600000 AND wall_ms = ${e}.wall_ms;
    DELETE FROM hook_hours WHERE n = 0 AND hour = ${e}.at / 3600000 AND wall_ms = ${e}.wall_ms;`,at=`
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
  INSERT INTO call_hours (${Oe.join(", ")}, n, ms)
    SELECT ${Object.values(se("b")).join(", ")}, COUNT(*), COALESCE(SUM(b.duration_ms), 0)
    FROM bash_calls b WHERE ${te("b")}
    GROUP BY ${Oe.map((e,t)=>t+1).join(", ")};

  CREATE TABLE hook_hours (
    hour INTEGER NOT NULL,
    wall_ms REAL NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (hour, wall_ms)
  ) WITHOUT ROWID;
  INSERT INTO hook_hours (hour, wall_ms, n) SELECT at / 3600000, wall_ms, COUNT(*) FROM hook_runs GROUP BY 1, 2;

  CREATE TRIGGER call_hours_insert AFTER INSERT ON bash_calls BEGIN${nt("NEW")}
  END;
  CREATE TRIGGER call_hours_update AFTER UPDATE ON bash_calls BEGIN${ot("OLD")}${nt("NEW")}
  END;
  CREATE TRIGGER call_hours_delete AFTER DELETE ON bash_calls BEGIN${ot("OLD")}
  END;
  CREATE TRIGGER hook_hours_insert AFTER INSERT ON hook_runs BEGIN${rt("NEW")}
  END;
  CREATE TRIGGER hook_hours_update AFTER UPDATE OF at, wall_ms ON hook_runs BEGIN${it("OLD")}${rt("NEW")}
  END;
  CREATE TRIGGER hook_hours_delete AFTER DELETE ON hook_runs BEGIN${it("OLD")}
  END;
`;var ct=`CREATE VIEW task_states AS
  SELECT t.*,
    (SELECT COUNT(*) FROM task_checks c WHERE c.session_id = t.session_id AND c.task_id = t.id) AS checks,
    CASE
      WHEN t.stopped_at IS NOT NULL THEN 'stopped'
      WHEN EXISTS (SELECT 1 FROM task_checks c WHERE c.session_id = t.session_id AND c.task_id = t.id) THEN 'checked'
      WHEN t.status IN ('completed', 'failed', 'ended') THEN 'unchecked-finished'
      WHEN s.ended_at IS NOT NULL THEN 'orphaned'
      ELSE 'unchecked-running'
    END AS state
  FROM tasks t LEFT JOIN sessions s ON s.id = t.session_id;`,dt=`prompt_id TEXT,
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
    threshold_ms INTEGER`,P=[{cost:"cheap",sql:`
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
    ${dt}
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
  ${ct}

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
    ${dt},
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

  ${ct}

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
  `},{cost:"heavy",sql:at},{cost:"heavy",sql:Ve},{cost:"heavy",sql:et},{cost:"heavy",sql:st}],k=P.length;var Qs={},p=class extends Error{constructor(s,n){super(n);this.kind=s}kind},Ee;function Gs(){if(typeof __dirname=="string"){if(Ee??=qe(__dirname),!Ee.addon)throw new p("binding",Ee.error??"the SQLite binding did not load");return Ee.addon}}var Fs={5:"SQLITE_BUSY",6:"SQLITE_LOCKED",11:"SQLITE_CORRUPT",26:"SQLITE_NOTADB"};function Ws(e){let{code:t="",errcode:s}=e??{};return t==="ERR_SQLITE_ERROR"&&typeof s=="number"?Fs[s&255]??`SQLITE_ERROR_${s}`:t}function Ps(e){if(e instanceof p)return e;let t=Ws(e),s=e?.message??String(e);return t==="ERR_DLOPEN_FAILED"||t==="MODULE_NOT_FOUND"&&/better[-_]sqlite3/.test(s)?new p("binding",s):t==="SQLITE_BUSY"||t==="SQLITE_LOCKED"||t.startsWith("SQLITE_BUSY_")?new p("busy",s):t==="SQLITE_NOTADB"||t==="SQLITE_CORRUPT"||t.startsWith("SQLITE_CORRUPT_")?new p("corrupt",s):new p("unavailable",`${t?t+": ":""}${s}`)}function Hs(e){let t;try{t=(0,u.statSync)(e).isFile()}catch{return}if(!t)throw new p("unavailable","not a regular file (a FIFO, device or directory): SQLite cannot use it")}function Ie(e=process.env){return e.BGTELEMETRY_SQLITE_DRIVER!=="better-sqlite3"&&fe()?"node:sqlite":"better-sqlite3"}var Xs={"node:sqlite":J.connect,"better-sqlite3":(e,t)=>Ks(e,t)};function jt(e,t,s=Ie()){return Bs(Xs[s],e,t)}function Bs(e,t,s){let n;try{Hs(t);let o=s.readonly===!0;return o||((0,u.mkdirSync)((0,Mt.dirname)(t),{recursive:!0,mode:448}),(0,u.existsSync)(t)||Js(e,t)),n=e(t,{busyTimeoutMs:s.busyTimeoutMs,readonly:o}),n.pragma("synchronous = NORMAL"),Gt(n,{readonly:o,heavy:s.heavyMigrations,onStep:s.onMigration}),n}catch(o){throw n?.close(),Ps(o)}}function qs(){let e=pe();if(e)throw new p("binding",e)}function Ys(){return typeof require=="function"?wt():(0,Ut.createRequire)(Qs.url)("better-sqlite3")}function Ks(e,{busyTimeoutMs:t,readonly:s}){qs();let n=Ys();return new n(e,{timeout:t,readonly:s,fileMustExist:s,nativeBinding:Gs()})}function Js(e,t){let s=`${t}.${process.pid}.new`;try{let n=e(s,{busyTimeoutMs:0,readonly:!1});try{(0,u.chmodSync)(s,384),Gt(n)}finally{n.close()}try{(0,u.linkSync)(s,t)}catch(o){if(o.code!=="EEXIST"){if((0,u.existsSync)(t))return;(0,u.renameSync)(s,t)}}}finally{for(let n of["","-wal","-shm","-journal"])(0,u.rmSync)(s+n,{force:!0})}}function Vs(e){return P.slice(e).some(t=>t.cost==="heavy")}function Gt(e,{readonly:t=!1,heavy:s="run",onStep:n}={}){let o=e.pragma("user_version",{simple:!0});if(o!==k){if(o>k)throw new p("unavailable",`the database has schema version ${o}, newer than this bgtelemetry understands (${k}): upgrade bgtelemetry`);if(t)throw new p("unavailable",`the database has schema version ${o} and needs a migration to ${k}`);if(s==="defer"&&Vs(o))throw new p("migrating",`the database has schema version ${o}; its migration to ${k} runs in the background`);e.pragma("journal_mode = WAL"),e.transaction(()=>{for(let r=e.pragma("user_version",{simple:!0});r<k;r++)n?.({from:r,to:r+1,cost:P[r].cost}),e.exec(P[r].sql),e.pragma(`user_version = ${r+1}`)}).immediate()}}var to=3600*1e3;var uo=600*1e3,zs=600*1e3,Zs=e=>`${e}.migrating`,Ft=e=>`${e}.migration-failed`;function Wt(e,t){let s=Zs(e);(0,A.writeFileSync)(s,String(process.pid),{mode:384});try{let n=jt(e,{busyTimeoutMs:zs},Ie(t));try{q(n,Ce(t)),Pe(n,t)}finally{n.close()}return(0,A.rmSync)(Ft(e),{force:!0}),!0}catch(n){let o={at:Date.now(),message:n?.message??String(n)};return(0,A.writeFileSync)(Ft(e),JSON.stringify(o),{mode:384}),!1}finally{(0,A.rmSync)(s,{force:!0})}}var Pt=process.argv[2];Pt&&(process.exitCode=Wt(Pt,process.env)?0:1);
