"use strict";var E=(e,t)=>()=>{try{return t||e((t={exports:{}}).exports,t),t.exports}catch(s){throw t=0,s}};var w=E(ne=>{"use strict";ne.getBooleanOption=(e,t)=>{let s=!1;if(t in e&&typeof(s=e[t])!="boolean")throw new TypeError(`Expected the "${t}" option to be a boolean`);return s};ne.cppdb=Symbol();ne.inspect=Symbol.for("nodejs.util.inspect.custom")});var Oe=E((Mn,dt)=>{"use strict";var oe=class e extends Error{constructor(t,s){if(typeof s!="string")throw new TypeError("Expected second argument to be a string");super(""+t),this.code=s,typeof Error.captureStackTrace=="function"&&Error.captureStackTrace(this,e)}};Object.defineProperty(oe.prototype,"name",{value:"SqliteError",writable:!0,enumerable:!1,configurable:!0});dt.exports=oe});var Et=E(L=>{"use strict";var{cppdb:m}=w();L.prepare=function(t){return this[m].prepare(t,this,!1,!1)};L.exec=function(t){return this[m].exec(t),this};L.close=function(){return this[m].close(),this};L.loadExtension=function(...t){return this[m].loadExtension(...t),this};L.defaultSafeIntegers=function(...t){return this[m].defaultSafeIntegers(...t),this};L.unsafeMode=function(...t){return this[m].unsafeMode(...t),this};L.getters={name:{get:function(){return this[m].name},enumerable:!0},open:{get:function(){return this[m].open},enumerable:!0},inTransaction:{get:function(){return this[m].inTransaction},enumerable:!0},readonly:{get:function(){return this[m].readonly},enumerable:!0},memory:{get:function(){return this[m].memory},enumerable:!0}}});var _t=E((Gn,ut)=>{"use strict";var{cppdb:Ss}=w(),lt=new WeakMap;ut.exports=function(t){if(typeof t!="function")throw new TypeError("Expected first argument to be a function");let s=this[Ss],n=Ls(s,this),{apply:o}=Function.prototype,r={default:{value:re(o,t,s,n.default)},deferred:{value:re(o,t,s,n.deferred)},immediate:{value:re(o,t,s,n.immediate)},exclusive:{value:re(o,t,s,n.exclusive)},database:{value:this,enumerable:!0}};return Object.defineProperties(r.default.value,r),Object.defineProperties(r.deferred.value,r),Object.defineProperties(r.immediate.value,r),Object.defineProperties(r.exclusive.value,r),r.default.value};var Ls=(e,t)=>{let s=lt.get(e);if(!s){let n={commit:e.prepare("COMMIT",t,!1,!1),rollback:e.prepare("ROLLBACK",t,!1,!1),savepoint:e.prepare("SAVEPOINT `	_bs3.	`",t,!1,!1),release:e.prepare("RELEASE `	_bs3.	`",t,!1,!1),rollbackTo:e.prepare("ROLLBACK TO `	_bs3.	`",t,!1,!1)};lt.set(e,s={default:Object.assign({begin:e.prepare("BEGIN",t,!1,!1)},n),deferred:Object.assign({begin:e.prepare("BEGIN DEFERRED",t,!1,!1)},n),immediate:Object.assign({begin:e.prepare("BEGIN IMMEDIATE",t,!1,!1)},n),exclusive:Object.assign({begin:e.prepare("BEGIN EXCLUSIVE",t,!1,!1)},n)})}return s},re=(e,t,s,{begin:n,commit:o,rollback:r,savepoint:i,release:_,rollbackTo:c})=>function(){let I,b,D;s.inTransaction?(I=i,b=_,D=c):(I=n,b=o,D=r),I.run();try{let g=e.call(t,this,arguments);if(g&&typeof g.then=="function")throw new TypeError("Transaction function cannot return a promise");return b.run(),g}catch(g){throw s.inTransaction&&(D.run(),D!==r&&b.run()),g}}});var Tt=E((Fn,pt)=>{"use strict";var{getBooleanOption:As,cppdb:Is}=w();pt.exports=function(t,s){if(s==null&&(s={}),typeof t!="string")throw new TypeError("Expected first argument to be a string");if(typeof s!="object")throw new TypeError("Expected second argument to be an options object");let n=As(s,"simple"),o=this[Is].prepare(`PRAGMA ${t}`,this,!0,!1);return n?o.pluck().get():o.all()}});var ft=E((Wn,Nt)=>{"use strict";var{cppdb:bs}=w();Nt.exports=function(t){if(typeof t!="string")throw new TypeError("Expected first argument to be a string");return this[bs].prepare(`EXPLAIN ${t}`,this,!1,!0).all()}});var gt=E((Pn,mt)=>{mt.exports=function(){throw new Error("not available in a bgtelemetry hook")}});var ht=E((Hn,Rt)=>{Rt.exports=function(){throw new Error("not available in a bgtelemetry hook")}});var St=E((Xn,Ot)=>{Ot.exports=function(){throw new Error("not available in a bgtelemetry hook")}});var At=E((Bn,Lt)=>{Lt.exports=function(){throw new Error("not available in a bgtelemetry hook")}});var bt=E((qn,It)=>{It.exports=function(){throw new Error("not available in a bgtelemetry hook")}});var Ct=E((Yn,yt)=>{yt.exports=function(){throw new Error("not available in a bgtelemetry hook")}});var Dt=E((Kn,kt)=>{"use strict";var ys=require("fs"),Cs=require("path"),ie=w(),ks=Oe();kt.exports=function(t,s){function n(r,i){if(new.target==null)return new n(r,i);let _,c;if(Buffer.isBuffer(r))_=r,r=":memory:";else if(typeof r=="number"){if(!Number.isInteger(r)||r<0||r>2147483647)throw new TypeError("Expected the file descriptor to be a non-negative 32-bit integer");c=r,r=`fd:${c}`}if(r==null&&(r=""),i==null&&(i={}),typeof r!="string")throw new TypeError("Expected first argument to be a string");if(typeof i!="object")throw new TypeError("Expected second argument to be an options object");if("readOnly"in i)throw new TypeError('Misspelled option "readOnly" should be "readonly"');if("memory"in i)throw new TypeError('Option "memory" was removed in v7.0.0 (use ":memory:" filename instead)');let O=r.trim(),I=O===""||O===":memory:",b=ie.getBooleanOption(i,"readonly"),D=ie.getBooleanOption(i,"fileMustExist"),g="timeout"in i?i.timeout:5e3,le="verbose"in i?i.verbose:null,H="nativeBinding"in i?i.nativeBinding:null,y="journalFd"in i?i.journalFd:void 0;if(b&&I&&!_)throw new TypeError("In-memory/temporary databases cannot be readonly");if(!Number.isInteger(g)||g<0)throw new TypeError('Expected the "timeout" option to be a positive integer');if(g>2147483647)throw new RangeError('Option "timeout" cannot be greater than 2147483647');if(le!=null&&typeof le!="function")throw new TypeError('Expected the "verbose" option to be a function');if(c!==void 0&&y===void 0)throw new TypeError('The "journalFd" option is required when opening a database from a file descriptor');if(c===void 0&&y!==void 0)throw new TypeError('The "journalFd" option can only be used when opening a database from a file descriptor');if(y!==void 0&&!(Number.isInteger(y)&&y>=0&&y<=2147483647))throw new TypeError('Expected the "journalFd" option to be a non-negative 32-bit integer');if(!s&&"nativeBinding"in i)throw new TypeError('The "nativeBinding" option is only supported by the default better-sqlite3 entrypoint');if(s&&H!=null&&typeof H!="string"&&typeof H!="object")throw new TypeError('Expected the "nativeBinding" option to be a string or addon object');let X=t(H);if(X.isInitialized||(X.initialize(ks,Ds,vs,xs,$s),X.isInitialized=!0),c===void 0&&!I&&!O.startsWith("file:")&&!ys.existsSync(Cs.dirname(O)))throw new TypeError("Cannot open database because the directory does not exist");Object.defineProperties(this,{[ie.cppdb]:{value:new X.Database(O,r,I,b,D,g,le||null,_||null,c??null,y??null)},...o.getters})}let o=Et();return n.prototype.prepare=o.prepare,n.prototype.transaction=_t(),n.prototype.pragma=Tt(),n.prototype.explain=ft(),n.prototype.backup=gt(),n.prototype.serialize=ht(),n.prototype.function=St(),n.prototype.aggregate=At(),n.prototype.table=bt(),n.prototype.loadExtension=o.loadExtension,n.prototype.exec=o.exec,n.prototype.close=o.close,n.prototype.defaultSafeIntegers=o.defaultSafeIntegers,n.prototype.unsafeMode=o.unsafeMode,n.prototype[ie.inspect]=Ct(),n};function Ds(...e){return e}function vs(e,...t){let s=e.length;for(let n=0;n<t.length;++n)e[s+n]=t[n]}function xs(...e){if(!e.includes("__proto__")){let t=e.map((n,o)=>`v${o}`).join(","),s=e.map((n,o)=>`${JSON.stringify(n)}:v${o}`).join(",");return Function(`return (${t}) => ({${s}})`)()}return(...t)=>{let s={};for(let n=0;n<e.length;++n)s[e[n]]=t[n];return s}}function $s(e){return{value:e,done:!1}}});var xt=E((Le,vt)=>{"use strict";var de=require("fs"),ce=require("path"),Us=["linux","darwin","win32"],ws=["x64","arm64"],ae;function Ms(e){if(typeof e=="string")return(typeof __non_webpack_require__=="function"?__non_webpack_require__:require)(ce.resolve(e).replace(/(\.node)?$/,".node"));if(typeof e=="object"&&e!==null)return e;if(ae)return ae;let t=ce.join(__dirname,"..","build","Debug","better_sqlite3.node");return de.existsSync(t)||(t=ce.join(__dirname,"..","build","Release","better_sqlite3.node")),de.existsSync(t)?ae=require(t):ae=require(Se()||t)}function Se(){if(Us.includes(process.platform)&&ws.includes(process.arch)){let e=`${js()?"linuxmusl":process.platform}-${process.arch}`,t=ce.join(__dirname,"..","prebuilds",`${e}.node`);if(de.existsSync(t))return t}return null}function js(){if(process.platform!=="linux")return!1;try{let s=de.readFileSync("/proc/self/maps","latin1");if(/\/ld-musl-[^/\s]*\.so/.test(s))return!0;if(/\/(?:ld-linux[^/\s]*|libc)\.so\.\d/.test(s))return!1}catch{}let{report:e}=process,t=e.excludeNetwork;e.excludeNetwork=!0;try{return!e.getReport().header.glibcVersionRuntime}finally{e.excludeNetwork=t}}Le.getBinding=Ms;Le.getPrebuildPath=Se;require.main===vt&&process.stdout.write(Se()?"1":"0")});var $t=E((Jn,Ae)=>{"use strict";Ae.exports=Dt()(xt().getBinding,!0);Ae.exports.SqliteError=Oe()});var A=require("node:fs");var be=require("node:os"),B=require("node:path");function Pt(e=process.env){return e.CLAUDE_CONFIG_DIR||(0,B.join)(e.HOME||(0,be.homedir)(),".claude")}function M(e=process.env){return e.BGTELEMETRY_HOME||(0,B.join)(Pt(e),"bgtelemetry")}function ye(e=process.env){return(0,B.join)(M(e),"spool")}var l=require("node:fs");var nn=1024*1024;var on=l.constants.O_WRONLY|l.constants.O_APPEND|l.constants.O_CREAT|(l.constants.O_NONBLOCK??0);var v=require("node:fs"),ke=require("node:os"),R=require("node:path");function Ce(e){let t=2166136261;for(let s=0;s<e.length;s++)t^=e.charCodeAt(s),t=Math.imul(t,16777619);return(t>>>0).toString(36)}function ue(e=process.env){let s=(e.XDG_RUNTIME_DIR&&(0,R.isAbsolute)(e.XDG_RUNTIME_DIR)?e.XDG_RUNTIME_DIR:void 0)||(e.TMPDIR&&(0,R.isAbsolute)(e.TMPDIR)?e.TMPDIR:(0,ke.tmpdir)());return(0,R.join)(s,`bgtelemetry-${process.getuid?.()??"user"}`)}function Ht(e=process.env){return(0,R.join)(ue(e),Ce((0,R.resolve)(M(e))))}function Xt(e){let t;try{t=(0,v.lstatSync)(e)}catch{return null}if(t.isSymbolicLink())return`${e} is a symbolic link`;if(!t.isDirectory())return`${e} is not a directory`;let s=process.getuid?.();return s!==void 0&&t.uid!==s?`${e} belongs to another user (uid ${t.uid})`:(t.mode&63)!==0?`${e} can be entered by other users (mode ${(t.mode&511).toString(8)})`:null}function De(e=process.env,t=!1){let s=ue(e);try{t&&(0,v.mkdirSync)(s,{mode:448})}catch(n){if(n.code!=="EEXIST")return null}if(Xt(s))return null;try{let n=Ht(e);return t?(0,v.mkdirSync)(n,{recursive:!0,mode:448}):(0,v.lstatSync)(n),n}catch{return null}}function ve(e){return(0,R.join)(e,"spool")}var h=require("node:fs"),x=require("node:path");var T=require("node:fs"),Bt=T.constants.O_RDONLY|(T.constants.O_NONBLOCK??0),j=class extends Error{constructor(s,n){super(s);this.kind=n}kind;code="EREFUSED"},qt=[[e=>e.isFIFO(),"a FIFO"],[e=>e.isDirectory(),"a directory"],[e=>e.isSocket(),"a socket"],[e=>e.isCharacterDevice(),"a character device"],[e=>e.isBlockDevice(),"a block device"]];function Yt(e,t){let s=qt.find(([n])=>n(t))?.[1]??"an unknown kind of file";return new j(`${e} is not a regular file (${s})`,s)}function Kt(e,t,s){let n=(0,T.openSync)(e,Bt);try{let o=(0,T.fstatSync)(n);if(!o.isFile())throw Yt(e,o);if(s&&!s(o))throw new j(`${e} is not acceptable (owner or mode)`);return t(n,o.size)}finally{(0,T.closeSync)(n)}}function Jt(e,t,s){let n=Buffer.allocUnsafe(t),o=0;for(;o<t;){let r=(0,T.readSync)(e,n,o,t-o,s+o);if(r===0)break;o+=r}return n.subarray(0,o)}function xe(e,t,s){return Kt(e,(n,o)=>{if(o>t)throw new j(`${e} is larger than ${t} bytes`);return Jt(n,o,0)},s)}var $e=new WeakMap;function d(e,t){let s=$e.get(e);s||$e.set(e,s=new Map);let n=s.get(t);return n||s.set(t,n=e.prepare(t)),n}var Ue=e=>e===void 0?null:e?1:0,a=e=>e===void 0?null:e,Vt={"session-start":Qt,"session-end":zt,prompt:Zt,"bash-pre":es,"bash-post":ts,"task-check":(e,t)=>Ge(e,t.session,t.taskId,t.toolUseId,t.at,t.tool,t.blocking,t.statusSeen,t.exitCode),"task-stop":ss,"turn-end":ns};function we(e,t){return d(e,"INSERT OR IGNORE INTO applied_events (id, kind, at) VALUES (?, ?, ?)").run(t.id,t.kind,t.at).changes===0?!1:(os(e,t),Vt[t.kind](e,t),t.delivered&&d(e,"UPDATE advice SET delivered_at = COALESCE(delivered_at, ?) WHERE event_id = ?").run(t.at,t.delivered),t.backfilled||d(e,"INSERT OR IGNORE INTO hook_runs (event_id, hook, at, wall_ms) VALUES (?, ?, ?, ?)").run(t.id,t.hook,t.at,t.wallMs),!0)}function Qt(e,t){d(e,"UPDATE sessions SET source = COALESCE(source, ?) WHERE id = ?").run(a(t.source),t.session)}function zt(e,t){d(e,"UPDATE sessions SET ended_at = MAX(COALESCE(ended_at, 0), ?), end_reason = COALESCE(?, end_reason) WHERE id = ?").run(t.at,a(t.reason),t.session)}function Zt(e,t){d(e,"INSERT OR IGNORE INTO prompts (id, session_id, at, kind, intents, chars) VALUES (?, ?, ?, ?, ?, ?)").run(t.promptId??t.id,t.session,t.at,t.promptKind,t.intents.join(","),t.chars),t.notification&&(G(e,t.session,t.notification.taskId),d(e,`UPDATE tasks SET notified_at = COALESCE(notified_at, @at), finished_at = COALESCE(finished_at, @at),
         exit_code = COALESCE(@exit, exit_code), status = CASE WHEN status = 'killed' THEN status ELSE @status END
       WHERE session_id = @session AND id = @id`).run({at:t.at,exit:a(t.notification.exitCode),status:t.notification.status,session:t.session,id:t.notification.taskId}))}function es(e,t){d(e,`INSERT INTO bash_calls (tool_use_id, session_id, prompt_id, message_id, project, project_id, started_at, signature, command, verdict, category,
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
       duration_source = COALESCE(bash_calls.duration_source, CASE WHEN bash_calls.ended_at IS NOT NULL THEN 'hooks' END)`).run(je(t))}function ts(e,t){d(e,`INSERT INTO bash_calls (tool_use_id, session_id, prompt_id, message_id, project, project_id, ended_at, signature, command, verdict, category,
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
       duration_source = COALESCE(excluded.duration_source, CASE WHEN bash_calls.started_at IS NOT NULL THEN 'hooks' END)`).run({...je(t),background:Ue(t.background),reason:a(t.backgroundReason),outcome:t.outcome,exitCode:a(t.exitCode),durationMs:a(t.durationMs),durationSource:t.durationMs===void 0?null:a(t.durationSource),taskId:a(t.taskId)}),t.taskId&&(G(e,t.session,t.taskId),d(e,`UPDATE tasks SET tool_use_id = COALESCE(tool_use_id, @toolUseId), started_at = COALESCE(started_at, @at),
         signature = COALESCE(signature, @signature), command = COALESCE(command, @command), category = COALESCE(category, @category)
       WHERE session_id = @session AND id = @id`).run({toolUseId:t.toolUseId,at:t.at,signature:t.signature,command:t.command,category:t.category,session:t.session,id:t.taskId})),t.readsTask&&Ge(e,t.session,t.readsTask,t.toolUseId,t.at,"Bash",!1)}function ss(e,t){G(e,t.session,t.taskId),d(e,`UPDATE tasks SET stopped_at = COALESCE(stopped_at, @at), stopped_by = COALESCE(stopped_by, @tool),
       status = CASE WHEN status IN ('running', 'ended') THEN 'killed' ELSE status END
     WHERE session_id = @session AND id = @id`).run({at:t.at,tool:t.tool,session:t.session,id:t.taskId})}function ns(e,t){if(!t.running)return;for(let n of t.running)G(e,t.session,n.id),d(e,"UPDATE tasks SET running_at_turn_end = MAX(COALESCE(running_at_turn_end, 0), ?), command = COALESCE(command, ?) WHERE session_id = ? AND id = ?").run(t.at,a(n.command),t.session,n.id);let s=t.running.map(()=>"?").join(",");e.prepare(`UPDATE tasks SET status = 'ended', finished_at = COALESCE(finished_at, ?)
     WHERE session_id = ? AND status = 'running' AND started_at <= ?${t.running.length?` AND id NOT IN (${s})`:""}`).run(t.at,t.session,t.at,...t.running.map(n=>n.id))}function Me(e,t,s,n){s&&d(e,`INSERT OR IGNORE INTO advice (event_id, session_id, prompt_id, tool_use_id, at, hook, kind, signature, text, chars, deferred)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(t.id,t.session,a(t.promptId),a(s.toolUseId),t.at,t.hook,s.kind,a(s.signature),s.text,s.text.length,s.deferred?1:0);for(let o of n)d(e,"INSERT OR IGNORE INTO claims (session_id, key, at) VALUES (?, ?, ?)").run(t.session,o,t.at)}function je(e){return{toolUseId:e.toolUseId,session:e.session,promptId:a(e.promptId),messageId:a(e.messageId),project:a(e.project),projectId:a(e.projectId),at:e.at,signature:e.signature,command:e.command,verdict:e.verdict,category:e.category,estimateS:e.estimateS,estimateSource:e.estimateSource,timeoutMs:a(e.timeoutMs),requested:Ue(e.requestedBackground),thresholdMs:e.thresholdMs,backfilled:e.backfilled?1:0}}function os(e,t){d(e,`INSERT INTO sessions (id, project, project_id, developer, machine, cwd, started_at, generation)
       VALUES (@id, @project, @projectId, @developer, @machine, @cwd, @at, @generation)
     ON CONFLICT (id) DO UPDATE SET
       project = COALESCE(sessions.project, excluded.project),
       project_id = COALESCE(sessions.project_id, excluded.project_id),
       developer = COALESCE(sessions.developer, excluded.developer),
       machine = COALESCE(sessions.machine, excluded.machine),
       cwd = COALESCE(sessions.cwd, excluded.cwd),
       started_at = MIN(COALESCE(sessions.started_at, excluded.started_at), excluded.started_at),
       generation = COALESCE(sessions.generation, excluded.generation)`).run({id:t.session,project:a(t.project),projectId:a(t.projectId),developer:a(t.developer),machine:a(t.machine),cwd:a(t.cwd),at:t.at,generation:a(t.generation)})}function G(e,t,s){d(e,"INSERT OR IGNORE INTO tasks (session_id, id) VALUES (?, ?)").run(t,s)}var rs=new Set(["completed","failed","killed"]);function Ge(e,t,s,n,o,r,i,_,c){G(e,t,s),d(e,"INSERT OR IGNORE INTO task_checks (tool_use_id, session_id, task_id, at, tool, blocking, status_seen) VALUES (?, ?, ?, ?, ?, ?, ?)").run(n,t,s,o,r,i?1:0,a(_)),_&&rs.has(_)&&d(e,`UPDATE tasks SET status = CASE WHEN status = 'killed' THEN status ELSE @status END,
         finished_at = COALESCE(finished_at, @at), exit_code = COALESCE(@exit, exit_code)
       WHERE session_id = @session AND id = @id`).run({status:_,at:o,exit:a(c),session:t,id:s})}var _e=64,is=16*1024*1024;function as(e){return JSON.parse(xe(e,is).toString("utf8"))}function Fe(e){try{return(0,h.readdirSync)(e).filter(t=>t.endsWith(".json")&&!t.startsWith(".")).sort()}catch{return[]}}function q(e,t,s=1/0,n){let o=Fe(t),r={applied:0,duplicates:0,bad:0,left:0};for(let i=0;i<o.length;i+=_e){if(Date.now()>s){r.left=o.length-i;break}let _=[];for(let c of o.slice(i,i+_e))try{_.push({file:c,event:as((0,x.join)(t,c))})}catch(O){if(O.code==="ENOENT")continue;(0,h.mkdirSync)((0,x.join)(t,"bad"),{recursive:!0,mode:448});try{(0,h.renameSync)((0,x.join)(t,c),(0,x.join)(t,"bad",c))}catch{}r.bad++}e.transaction(()=>{for(let{event:c}of _){if(!we(e,c)){r.duplicates++;continue}r.applied++,(c.advice||c.claims)&&Me(e,c,c.advice,c.claims??[])}}).immediate();for(let{file:c}of _)(0,h.rmSync)((0,x.join)(t,c),{force:!0});n?.(Math.min(i+_e,o.length),o.length)}return r}function cs(e){let t=De(e,!1);return t?ve(t):null}function We(e,t,s=1/0,n){let o=cs(t);return o?q(e,o,s,n):null}var u=require("node:fs"),Ut=require("node:module"),wt=require("node:path");var $=require("node:fs"),S=require("node:path"),Y="better-sqlite3",ds={x64:"x86_64",arm64:"aarch64"};function Es(){if(!(0,$.existsSync)(`/lib/ld-musl-${ds[process.arch]??process.arch}.so.1`))return!1;try{return/\/ld-musl-[^/\s]*\.so/.test((0,$.readFileSync)("/proc/self/maps","latin1"))}catch{return!1}}function Xe(e=process.platform,t=process.arch){return`${e==="linux"&&Es()?"linuxmusl":e}-${t}`}function Pe(e){let t=(0,S.join)(e,"build","Release","better_sqlite3.node");if((0,$.existsSync)(t))return t;let s=(0,S.join)(e,"prebuilds",`${Xe()}.node`);return(0,$.existsSync)(s)?s:void 0}function ls(e){if(!e)return[];let t=(0,S.join)(e,"..","..");return[(0,S.join)(t,"node_modules",Y),(0,S.join)(t,"..",Y)]}var He=22;function us(e=process.version){return Number(e.replace(/^v/,"").split(".")[0])<He?`Node ${e} is too old: bgtelemetry needs Node ${He} or newer`:void 0}function _s(e,t=typeof require=="function"?require.resolve:void 0){let s=ls(e);for(let n of s){let o=Pe(n);if(o)return{path:o}}try{if(t){let n=(0,S.dirname)(t(`${Y}/package.json`)),o=Pe(n);if(o)return{path:o};s.push(n)}}catch{}return{error:`no ${Y} native addon (${Xe()}) found in ${s.join(", ")||"any node_modules"}`}}function Be(e){let t=us();if(t)return{error:t};let{path:s,error:n}=_s(e);if(!s)return{error:n};try{let o={exports:{}};return process.dlopen(o,s),{addon:o.exports,path:s}}catch(o){return{path:s,error:ps(s,o.message)}}}function ps(e,t,s=process.version){return`${e} does not load on Node ${s} (${process.platform}-${process.arch}): ${t}`}var F;function Ne(){if(F!==void 0)return F;process.removeAllListeners("warning");try{F=process.getBuiltinModule("node:sqlite")??null}catch{F=null}return F}var Te=class{constructor(t){this.statement=t;t.setAllowUnknownNamedParameters?.(!0)}statement;plucked=!1;run(...t){return this.statement.run(...K(t))}get(...t){let s=this.statement.get(...K(t));return this.plucked&&s?pe(s):s}all(...t){let s=this.statement.all(...K(t));return this.plucked?s.map(pe):s}*iterate(...t){for(let s of this.statement.iterate(...K(t)))yield this.plucked?pe(s):s}pluck(t=!0){return this.plucked=t,this}};function K(e){return e.some(Array.isArray)?e.flat():e}function pe(e){for(let t in e)return e[t]}var J=class e{constructor(t){this.db=t}db;depth=0;closed=!1;static connect(t,{busyTimeoutMs:s,readonly:n}){let o=Ne();if(!o)throw new Error("node:sqlite is not available in this Node");let r=new e(new o.DatabaseSync(t,{readOnly:n}));return r.db.exec(`PRAGMA busy_timeout = ${Math.max(0,Math.floor(s))}`),r}get open(){return!this.closed}get inTransaction(){return this.db.isTransaction??this.depth>0}prepare(t){return new Te(this.db.prepare(t))}exec(t){return this.db.exec(t),this}pragma(t,s={}){let n=this.prepare(`PRAGMA ${t}`);return s.simple?n.pluck().get():n.all()}transaction(t){let s=n=>()=>this.inside(n,t);return Object.assign(s("BEGIN"),{deferred:s("BEGIN DEFERRED"),immediate:s("BEGIN IMMEDIATE")})}inside(t,s){let n=this.depth>0,o=`bgt_${this.depth}`;this.db.exec(n?`SAVEPOINT ${o}`:t),this.depth++;try{let r=s();return this.db.exec(n?`RELEASE ${o}`:"COMMIT"),r}catch(r){throw this.rollback(n?`ROLLBACK TO ${o}; RELEASE ${o}`:"ROLLBACK"),r}finally{this.depth--}}rollback(t){try{this.db.exec(t)}catch{}}close(){return this.closed||this.db.close(),this.closed=!0,this}};function Ts(e){let t=`replace(${e}, '\\', '/')`;return`replace(${t}, rtrim(${t}, replace(${t}, '/', '')), '')`}var me=e=>`COALESCE(${e}.project_id, ${Ts(`${e}.project`)})`,qe=e=>`COALESCE((SELECT ${e("b")} FROM bash_calls b WHERE b.session_id = a.session_id AND b.tool_use_id = a.tool_use_id), (SELECT ${e("s")} FROM sessions s WHERE s.id = a.session_id))`,Ye='event_id, session_id, at, shown, kind, signature, project, project_id, followed, "right", call_fg_ms',Ke=e=>`
    SELECT a.event_id, a.session_id, a.at,
      CASE WHEN a.deferred = 0 OR a.delivered_at IS NOT NULL THEN 1 ELSE 0 END,
      a.kind, a.signature, ${qe(t=>`${t}.project`)}, ${qe(me)}, a.followed, a."right",
      (SELECT CASE WHEN COALESCE(b.background, 0) <> 1 THEN b.duration_ms END FROM bash_calls b WHERE b.session_id = a.session_id AND b.tool_use_id = a.tool_use_id)
    FROM advice_outcomes a WHERE ${e}`,N=(e,t)=>`
    DELETE FROM advice_facts WHERE event_id IN (SELECT a.event_id FROM advice a WHERE a.session_id = ${e} AND (${t}));
    INSERT INTO advice_facts (${Ye}) ${Ke(`a.session_id = ${e} AND (${t})`)};`,V=(e,t="IS")=>`a.tool_use_id = ${e}.tool_use_id OR (${e}.background = 1 AND a.prompt_id ${t} ${e}.prompt_id AND a.at < ${e}.started_at)`,fe=e=>`a.tool_use_id IN (SELECT c.tool_use_id FROM bash_calls c WHERE c.session_id = ${e}.session_id AND c.task_id = ${e}.id)`,Je=`
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
  INSERT INTO advice_facts (${Ye}) ${Ke("TRUE")};

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
  CREATE TRIGGER advice_facts_task_insert AFTER INSERT ON tasks BEGIN${N("NEW.session_id",fe("NEW"))}
  END;
  CREATE TRIGGER advice_facts_task_update AFTER UPDATE ON tasks BEGIN${N("NEW.session_id",fe("NEW"))}
  END;
  CREATE TRIGGER advice_facts_task_delete AFTER DELETE ON tasks BEGIN${N("OLD.session_id",fe("OLD"))}
  END;
  CREATE TRIGGER advice_facts_session_insert AFTER INSERT ON sessions BEGIN${N("NEW.id","TRUE")}
  END;
  CREATE TRIGGER advice_facts_session_update AFTER UPDATE OF project, project_id ON sessions
    WHEN OLD.project IS NOT NEW.project OR OLD.project_id IS NOT NEW.project_id BEGIN${N("NEW.id","TRUE")}
  END;
  CREATE TRIGGER advice_facts_session_delete AFTER DELETE ON sessions BEGIN${N("OLD.id","TRUE")}
  END;
`;var C={call_session_hours:["hour","session_id","project","project_id","backfilled","slow","background","timed_out"],call_signature_hours:["hour","signature","backfilled","slow","background","timed_out"]},Ns={hour:"INTEGER NOT NULL",session_id:"TEXT NOT NULL",project:"TEXT",project_id:"TEXT",signature:"TEXT",backfilled:"INTEGER NOT NULL",slow:"INTEGER NOT NULL",background:"INTEGER",timed_out:"INTEGER NOT NULL"},W=(e,t,s="IS")=>C[e].map(n=>`${e}.${n} ${n==="hour"||n==="session_id"?"=":s} ${t}.${n}`).join(" AND "),Q=e=>C[e].join(", "),fs=(e,t)=>C[e].map(s=>`${t}.${s}`).join(", "),Ve=(e,t)=>`
    INSERT INTO ${e} (${Q(e)}, n, ms) SELECT ${fs(e,t)}, 0, 0 WHERE NOT EXISTS (SELECT 1 FROM ${e} WHERE ${W(e,t)});
    UPDATE ${e} SET n = n + ${t}.n, ms = ms + ${t}.ms WHERE ${W(e,t)};`,Qe=(e,t)=>`
    UPDATE ${e} SET n = n - ${t}.n, ms = ms - ${t}.ms WHERE ${W(e,t)};
    DELETE FROM ${e} WHERE n = 0 AND ${W(e,t)};`,ms=e=>`
    UPDATE ${e} SET n = n + NEW.n - OLD.n, ms = ms + NEW.ms - OLD.ms WHERE ${W(e,"NEW")};`,U=Object.keys(C),gs=[...new Set(U.flatMap(e=>C[e]))],ze=gs.map(e=>`OLD.${e} IS NEW.${e}`).join(" AND "),Ze=`${U.map(e=>`
  CREATE TABLE ${e} (
    ${C[e].map(t=>`${t} ${Ns[t]}`).join(`,
    `)},
    n INTEGER NOT NULL,
    ms INTEGER NOT NULL
  );
  -- Covers the report's read (a range of hours) and the triggers' lookups.
  CREATE INDEX ${e}_by_hour ON ${e}(${Q(e)}, n, ms);
  INSERT INTO ${e} (${Q(e)}, n, ms) SELECT ${Q(e)}, SUM(n), SUM(ms) FROM call_hours GROUP BY ${C[e].map((t,s)=>s+1).join(", ")};`).join("")}

  CREATE TRIGGER call_rollups_insert AFTER INSERT ON call_hours BEGIN${U.map(e=>Ve(e,"NEW")).join("")}
  END;
  CREATE TRIGGER call_rollups_update AFTER UPDATE ON call_hours WHEN ${ze} BEGIN${U.map(ms).join("")}
  END;
  CREATE TRIGGER call_rollups_move AFTER UPDATE ON call_hours WHEN NOT (${ze}) BEGIN${U.map(e=>Qe(e,"OLD")+Ve(e,"NEW")).join("")}
  END;
  CREATE TRIGGER call_rollups_delete AFTER DELETE ON call_hours BEGIN${U.map(e=>Qe(e,"OLD")).join("")}
  END;
`;var ge=(e,t)=>`(CASE WHEN ${e}.finished_at IS NULL AND ${e}.stopped_at IS NULL THEN ${t}.ended_at WHEN ${e}.finished_at IS NULL THEN ${e}.stopped_at
     WHEN ${e}.stopped_at IS NULL OR ${e}.finished_at < ${e}.stopped_at THEN ${e}.finished_at ELSE ${e}.stopped_at END)`,et=e=>`COALESCE((SELECT ${e("b")} FROM bash_calls b WHERE b.session_id = t.session_id AND b.tool_use_id = t.tool_use_id), ${e("s")})`,Z="session_id, id, started_at, ended_at, running, state, ran_ms, signature, command, project, project_id, backfilled",Rs=e=>`
    SELECT t.session_id AS session_id, t.id AS id, t.started_at AS started_at, ${ge("t","s")} AS ended_at,
      (SELECT COUNT(*) FROM tasks u WHERE u.session_id = t.session_id AND u.started_at <= t.started_at
         AND (u.id = t.id OR ${ge("u","s")} IS NULL OR ${ge("u","s")} > t.started_at)) AS running,
      t.state AS state,
      CASE WHEN t.status IN ('completed', 'failed') AND t.finished_at IS NOT NULL THEN
        CASE WHEN t.finished_at > t.started_at THEN t.finished_at - t.started_at ELSE 0 END END AS ran_ms,
      t.signature AS signature, t.command AS command, ${et(t=>`${t}.project`)} AS project, ${et(me)} AS project_id,
      (SELECT b.backfilled FROM bash_calls b WHERE b.session_id = t.session_id AND b.tool_use_id = t.tool_use_id) AS backfilled
    FROM task_states t LEFT JOIN sessions s ON s.id = t.session_id
    WHERE t.started_at IS NOT NULL AND (${e})`,f=(e,t="TRUE")=>`
    DELETE FROM task_facts WHERE session_id = ${e} AND ${t};
    INSERT INTO task_facts (${Z}) SELECT ${Z} FROM task_fact_rows WHERE session_id = ${e} AND ${t};`,Re=(e,t)=>f(t)+f(e,`${e} IS NOT ${t}`),z=e=>`(${e}.task_id IS NOT NULL AND EXISTS (SELECT 1 FROM tasks x WHERE x.session_id = ${e}.session_id AND x.tool_use_id = ${e}.tool_use_id))`,hs="OLD.ended_at IS NOT NEW.ended_at OR OLD.project IS NOT NEW.project OR OLD.project_id IS NOT NEW.project_id",Os="OLD.project IS NOT NEW.project OR OLD.project_id IS NOT NEW.project_id OR OLD.backfilled IS NOT NEW.backfilled OR OLD.tool_use_id IS NOT NEW.tool_use_id OR OLD.session_id IS NOT NEW.session_id",tt=`
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
  CREATE TRIGGER task_facts_task_update AFTER UPDATE ON tasks BEGIN${Re("OLD.session_id","NEW.session_id")}
  END;
  CREATE TRIGGER task_facts_task_delete AFTER DELETE ON tasks BEGIN${f("OLD.session_id")}
  END;
  CREATE TRIGGER task_facts_check_insert AFTER INSERT ON task_checks BEGIN${f("NEW.session_id")}
  END;
  CREATE TRIGGER task_facts_check_update AFTER UPDATE ON task_checks BEGIN${Re("OLD.session_id","NEW.session_id")}
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
  CREATE TRIGGER task_facts_call_update AFTER UPDATE ON bash_calls WHEN (${Os}) AND (${z("OLD")} OR ${z("NEW")}) BEGIN${Re("OLD.session_id","NEW.session_id")}
  END;
  CREATE TRIGGER task_facts_call_delete AFTER DELETE ON bash_calls WHEN ${z("OLD")} BEGIN${f("OLD.session_id")}
  END;
`;var se=e=>({hour:`COALESCE(${e}.started_at, ${e}.ended_at) / 3600000`,session_id:`${e}.session_id`,project:`${e}.project`,project_id:`${e}.project_id`,signature:`${e}.signature`,backfilled:`${e}.backfilled`,slow:`(CASE WHEN ${e}.verdict IN ('suggest-background', 'must-background') OR COALESCE(${e}.duration_ms, 0) >= ${e}.threshold_ms THEN 1 ELSE 0 END)`,background:`${e}.background`,timed_out:`(CASE WHEN ${e}.outcome = 'timed-out' OR ${e}.background_reason = 'timeout' THEN 1 ELSE 0 END)`}),he=Object.keys(se("x")),ee=e=>Object.entries(se(e)).map(([t,s])=>`call_hours.${t} IS ${s}`).join(" AND "),te=e=>`COALESCE(${e}.started_at, ${e}.ended_at) IS NOT NULL`,st=e=>`
    INSERT INTO call_hours (${he.join(", ")}, n, ms)
      SELECT ${Object.values(se(e)).join(", ")}, 0, 0 WHERE ${te(e)} AND NOT EXISTS (SELECT 1 FROM call_hours WHERE ${ee(e)});
    UPDATE call_hours SET n = n + 1, ms = ms + COALESCE(${e}.duration_ms, 0) WHERE ${te(e)} AND ${ee(e)};`,nt=e=>`
    UPDATE call_hours SET n = n - 1, ms = ms - COALESCE(${e}.duration_ms, 0) WHERE ${te(e)} AND ${ee(e)};
    DELETE FROM call_hours WHERE n = 0 AND ${ee(e)};`,ot=e=>`
    INSERT INTO hook_hours (hour, wall_ms, n) VALUES (${e}.at / 3600000, ${e}.wall_ms, 1)
      ON CONFLICT (hour, wall_ms) DO UPDATE SET n = n + 1;`,rt=e=>`
    UPDATE hook_hours SET n = n - 1 WHERE hour = ${e}.at / 3600000 AND wall_ms = ${e}.wall_ms;
    DELETE FROM hook_hours WHERE n = 0 AND hour = ${e}.at / 3600000 AND wall_ms = ${e}.wall_ms;`,it=`
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
  INSERT INTO call_hours (${he.join(", ")}, n, ms)
    SELECT ${Object.values(se("b")).join(", ")}, COUNT(*), COALESCE(SUM(b.duration_ms), 0)
    FROM bash_calls b WHERE ${te("b")}
    GROUP BY ${he.map((e,t)=>t+1).join(", ")};

  CREATE TABLE hook_hours (
    hour INTEGER NOT NULL,
    wall_ms REAL NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (hour, wall_ms)
  ) WITHOUT ROWID;
  INSERT INTO hook_hours (hour, wall_ms, n) SELECT at / 3600000, wall_ms, COUNT(*) FROM hook_runs GROUP BY 1, 2;

  CREATE TRIGGER call_hours_insert AFTER INSERT ON bash_calls BEGIN${st("NEW")}
  END;
  CREATE TRIGGER call_hours_update AFTER UPDATE ON bash_calls BEGIN${nt("OLD")}${st("NEW")}
  END;
  CREATE TRIGGER call_hours_delete AFTER DELETE ON bash_calls BEGIN${nt("OLD")}
  END;
  CREATE TRIGGER hook_hours_insert AFTER INSERT ON hook_runs BEGIN${ot("NEW")}
  END;
  CREATE TRIGGER hook_hours_update AFTER UPDATE OF at, wall_ms ON hook_runs BEGIN${rt("OLD")}${ot("NEW")}
  END;
  CREATE TRIGGER hook_hours_delete AFTER DELETE ON hook_runs BEGIN${rt("OLD")}
  END;
`;var at=`CREATE VIEW task_states AS
  SELECT t.*,
    (SELECT COUNT(*) FROM task_checks c WHERE c.session_id = t.session_id AND c.task_id = t.id) AS checks,
    CASE
      WHEN t.stopped_at IS NOT NULL THEN 'stopped'
      WHEN EXISTS (SELECT 1 FROM task_checks c WHERE c.session_id = t.session_id AND c.task_id = t.id) THEN 'checked'
      WHEN t.status IN ('completed', 'failed', 'ended') THEN 'unchecked-finished'
      WHEN s.ended_at IS NOT NULL THEN 'orphaned'
      ELSE 'unchecked-running'
    END AS state
  FROM tasks t LEFT JOIN sessions s ON s.id = t.session_id;`,ct=`prompt_id TEXT,
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
    ${ct}
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
  ${at}

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
    ${ct},
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

  ${at}

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
  `},{cost:"heavy",sql:it},{cost:"heavy",sql:Je},{cost:"heavy",sql:Ze},{cost:"heavy",sql:tt}],k=P.length;var Vs={},p=class extends Error{constructor(s,n){super(n);this.kind=s}kind},Ee;function Gs(){if(typeof __dirname=="string"){if(Ee??=Be(__dirname),!Ee.addon)throw new p("binding",Ee.error??"the SQLite binding did not load");return Ee.addon}}var Fs={5:"SQLITE_BUSY",6:"SQLITE_LOCKED",11:"SQLITE_CORRUPT",26:"SQLITE_NOTADB"};function Ws(e){let{code:t="",errcode:s}=e??{};return t==="ERR_SQLITE_ERROR"&&typeof s=="number"?Fs[s&255]??`SQLITE_ERROR_${s}`:t}function Ps(e){if(e instanceof p)return e;let t=Ws(e),s=e?.message??String(e);return t==="ERR_DLOPEN_FAILED"||t==="MODULE_NOT_FOUND"&&/better[-_]sqlite3/.test(s)?new p("binding",s):t==="SQLITE_BUSY"||t==="SQLITE_LOCKED"||t.startsWith("SQLITE_BUSY_")?new p("busy",s):t==="SQLITE_NOTADB"||t==="SQLITE_CORRUPT"||t.startsWith("SQLITE_CORRUPT_")?new p("corrupt",s):new p("unavailable",`${t?t+": ":""}${s}`)}function Hs(e){let t;try{t=(0,u.statSync)(e).isFile()}catch{return}if(!t)throw new p("unavailable","not a regular file (a FIFO, device or directory): SQLite cannot use it")}function Ie(e=process.env){return e.BGTELEMETRY_SQLITE_DRIVER!=="better-sqlite3"&&Ne()?"node:sqlite":"better-sqlite3"}var Xs={"node:sqlite":J.connect,"better-sqlite3":(e,t)=>Ys(e,t)};function Mt(e,t,s=Ie()){return Bs(Xs[s],e,t)}function Bs(e,t,s){let n;try{Hs(t);let o=s.readonly===!0;return o||((0,u.mkdirSync)((0,wt.dirname)(t),{recursive:!0,mode:448}),(0,u.existsSync)(t)||Ks(e,t)),n=e(t,{busyTimeoutMs:s.busyTimeoutMs,readonly:o}),n.pragma("synchronous = NORMAL"),jt(n,{readonly:o,heavy:s.heavyMigrations,onStep:s.onMigration}),n}catch(o){throw n?.close(),Ps(o)}}function qs(){return typeof require=="function"?$t():(0,Ut.createRequire)(Vs.url)("better-sqlite3")}function Ys(e,{busyTimeoutMs:t,readonly:s}){let n=qs();return new n(e,{timeout:t,readonly:s,fileMustExist:s,nativeBinding:Gs()})}function Ks(e,t){let s=`${t}.${process.pid}.new`;try{let n=e(s,{busyTimeoutMs:0,readonly:!1});try{(0,u.chmodSync)(s,384),jt(n)}finally{n.close()}try{(0,u.linkSync)(s,t)}catch(o){if(o.code!=="EEXIST"){if((0,u.existsSync)(t))return;(0,u.renameSync)(s,t)}}}finally{for(let n of["","-wal","-shm","-journal"])(0,u.rmSync)(s+n,{force:!0})}}function Js(e){return P.slice(e).some(t=>t.cost==="heavy")}function jt(e,{readonly:t=!1,heavy:s="run",onStep:n}={}){let o=e.pragma("user_version",{simple:!0});if(o!==k){if(o>k)throw new p("unavailable",`the database has schema version ${o}, newer than this bgtelemetry understands (${k}): upgrade bgtelemetry`);if(t)throw new p("unavailable",`the database has schema version ${o} and needs a migration to ${k}`);if(s==="defer"&&Js(o))throw new p("migrating",`the database has schema version ${o}; its migration to ${k} runs in the background`);e.pragma("journal_mode = WAL"),e.transaction(()=>{for(let r=e.pragma("user_version",{simple:!0});r<k;r++)n?.({from:r,to:r+1,cost:P[r].cost}),e.exec(P[r].sql),e.pragma(`user_version = ${r+1}`)}).immediate()}}var eo=3600*1e3;var lo=600*1e3,Qs=600*1e3,zs=e=>`${e}.migrating`,Gt=e=>`${e}.migration-failed`;function Ft(e,t){let s=zs(e);(0,A.writeFileSync)(s,String(process.pid),{mode:384});try{let n=Mt(e,{busyTimeoutMs:Qs},Ie(t));try{q(n,ye(t)),We(n,t)}finally{n.close()}return(0,A.rmSync)(Gt(e),{force:!0}),!0}catch(n){let o={at:Date.now(),message:n?.message??String(n)};return(0,A.writeFileSync)(Gt(e),JSON.stringify(o),{mode:384}),!1}finally{(0,A.rmSync)(s,{force:!0})}}var Wt=process.argv[2];Wt&&(process.exitCode=Ft(Wt,process.env)?0:1);
