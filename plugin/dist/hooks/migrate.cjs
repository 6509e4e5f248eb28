"use strict";var l=(e,t)=>()=>{try{return t||e((t={exports:{}}).exports,t),t.exports}catch(n){throw t=0,n}};var w=l(ee=>{"use strict";ee.getBooleanOption=(e,t)=>{let n=!1;if(t in e&&typeof(n=e[t])!="boolean")throw new TypeError(`Expected the "${t}" option to be a boolean`);return n};ee.cppdb=Symbol();ee.inspect=Symbol.for("nodejs.util.inspect.custom")});var me=l((Lr,tt)=>{"use strict";var te=class e extends Error{constructor(t,n){if(typeof n!="string")throw new TypeError("Expected second argument to be a string");super(""+t),this.code=n,typeof Error.captureStackTrace=="function"&&Error.captureStackTrace(this,e)}};Object.defineProperty(te.prototype,"name",{value:"SqliteError",writable:!0,enumerable:!1,configurable:!0});tt.exports=te});var nt=l(S=>{"use strict";var{cppdb:f}=w();S.prepare=function(t){return this[f].prepare(t,this,!1,!1)};S.exec=function(t){return this[f].exec(t),this};S.close=function(){return this[f].close(),this};S.loadExtension=function(...t){return this[f].loadExtension(...t),this};S.defaultSafeIntegers=function(...t){return this[f].defaultSafeIntegers(...t),this};S.unsafeMode=function(...t){return this[f].unsafeMode(...t),this};S.getters={name:{get:function(){return this[f].name},enumerable:!0},open:{get:function(){return this[f].open},enumerable:!0},inTransaction:{get:function(){return this[f].inTransaction},enumerable:!0},readonly:{get:function(){return this[f].readonly},enumerable:!0},memory:{get:function(){return this[f].memory},enumerable:!0}}});var st=l((Ar,ot)=>{"use strict";var{cppdb:_n}=w(),rt=new WeakMap;ot.exports=function(t){if(typeof t!="function")throw new TypeError("Expected first argument to be a function");let n=this[_n],r=Tn(n,this),{apply:o}=Function.prototype,s={default:{value:ne(o,t,n,r.default)},deferred:{value:ne(o,t,n,r.deferred)},immediate:{value:ne(o,t,n,r.immediate)},exclusive:{value:ne(o,t,n,r.exclusive)},database:{value:this,enumerable:!0}};return Object.defineProperties(s.default.value,s),Object.defineProperties(s.deferred.value,s),Object.defineProperties(s.immediate.value,s),Object.defineProperties(s.exclusive.value,s),s.default.value};var Tn=(e,t)=>{let n=rt.get(e);if(!n){let r={commit:e.prepare("COMMIT",t,!1,!1),rollback:e.prepare("ROLLBACK",t,!1,!1),savepoint:e.prepare("SAVEPOINT `	_bs3.	`",t,!1,!1),release:e.prepare("RELEASE `	_bs3.	`",t,!1,!1),rollbackTo:e.prepare("ROLLBACK TO `	_bs3.	`",t,!1,!1)};rt.set(e,n={default:Object.assign({begin:e.prepare("BEGIN",t,!1,!1)},r),deferred:Object.assign({begin:e.prepare("BEGIN DEFERRED",t,!1,!1)},r),immediate:Object.assign({begin:e.prepare("BEGIN IMMEDIATE",t,!1,!1)},r),exclusive:Object.assign({begin:e.prepare("BEGIN EXCLUSIVE",t,!1,!1)},r)})}return n},ne=(e,t,n,{begin:r,commit:o,rollback:s,savepoint:i,release:p,rollbackTo:c})=>function(){let b,A,k;n.inTransaction?(b=i,A=p,k=c):(b=r,A=o,k=s),b.run();try{let N=e.call(t,this,arguments);if(N&&typeof N.then=="function")throw new TypeError("Transaction function cannot return a promise");return A.run(),N}catch(N){throw n.inTransaction&&(k.run(),k!==s&&A.run()),N}}});var at=l((Ir,it)=>{"use strict";var{getBooleanOption:mn,cppdb:fn}=w();it.exports=function(t,n){if(n==null&&(n={}),typeof t!="string")throw new TypeError("Expected first argument to be a string");if(typeof n!="object")throw new TypeError("Expected second argument to be an options object");let r=mn(n,"simple"),o=this[fn].prepare(`PRAGMA ${t}`,this,!0,!1);return r?o.pluck().get():o.all()}});var dt=l((yr,ct)=>{"use strict";var{cppdb:Nn}=w();ct.exports=function(t){if(typeof t!="string")throw new TypeError("Expected first argument to be a string");return this[Nn].prepare(`EXPLAIN ${t}`,this,!1,!0).all()}});var ut=l((Cr,lt)=>{lt.exports=function(){throw new Error("not available in a bgtelemetry hook")}});var pt=l((kr,Et)=>{Et.exports=function(){throw new Error("not available in a bgtelemetry hook")}});var Tt=l((Dr,_t)=>{_t.exports=function(){throw new Error("not available in a bgtelemetry hook")}});var ft=l((vr,mt)=>{mt.exports=function(){throw new Error("not available in a bgtelemetry hook")}});var gt=l((xr,Nt)=>{Nt.exports=function(){throw new Error("not available in a bgtelemetry hook")}});var Rt=l(($r,ht)=>{ht.exports=function(){throw new Error("not available in a bgtelemetry hook")}});var St=l((wr,Ot)=>{"use strict";var gn=require("fs"),hn=require("path"),re=w(),Rn=me();Ot.exports=function(t,n){function r(s,i){if(new.target==null)return new r(s,i);let p,c;if(Buffer.isBuffer(s))p=s,s=":memory:";else if(typeof s=="number"){if(!Number.isInteger(s)||s<0||s>2147483647)throw new TypeError("Expected the file descriptor to be a non-negative 32-bit integer");c=s,s=`fd:${c}`}if(s==null&&(s=""),i==null&&(i={}),typeof s!="string")throw new TypeError("Expected first argument to be a string");if(typeof i!="object")throw new TypeError("Expected second argument to be an options object");if("readOnly"in i)throw new TypeError('Misspelled option "readOnly" should be "readonly"');if("memory"in i)throw new TypeError('Option "memory" was removed in v7.0.0 (use ":memory:" filename instead)');let R=s.trim(),b=R===""||R===":memory:",A=re.getBooleanOption(i,"readonly"),k=re.getBooleanOption(i,"fileMustExist"),N="timeout"in i?i.timeout:5e3,ce="verbose"in i?i.verbose:null,X="nativeBinding"in i?i.nativeBinding:null,I="journalFd"in i?i.journalFd:void 0;if(A&&b&&!p)throw new TypeError("In-memory/temporary databases cannot be readonly");if(!Number.isInteger(N)||N<0)throw new TypeError('Expected the "timeout" option to be a positive integer');if(N>2147483647)throw new RangeError('Option "timeout" cannot be greater than 2147483647');if(ce!=null&&typeof ce!="function")throw new TypeError('Expected the "verbose" option to be a function');if(c!==void 0&&I===void 0)throw new TypeError('The "journalFd" option is required when opening a database from a file descriptor');if(c===void 0&&I!==void 0)throw new TypeError('The "journalFd" option can only be used when opening a database from a file descriptor');if(I!==void 0&&!(Number.isInteger(I)&&I>=0&&I<=2147483647))throw new TypeError('Expected the "journalFd" option to be a non-negative 32-bit integer');if(!n&&"nativeBinding"in i)throw new TypeError('The "nativeBinding" option is only supported by the default better-sqlite3 entrypoint');if(n&&X!=null&&typeof X!="string"&&typeof X!="object")throw new TypeError('Expected the "nativeBinding" option to be a string or addon object');let H=t(X);if(H.isInitialized||(H.initialize(Rn,On,Sn,Ln,bn),H.isInitialized=!0),c===void 0&&!b&&!R.startsWith("file:")&&!gn.existsSync(hn.dirname(R)))throw new TypeError("Cannot open database because the directory does not exist");Object.defineProperties(this,{[re.cppdb]:{value:new H.Database(R,s,b,A,k,N,ce||null,p||null,c??null,I??null)},...o.getters})}let o=nt();return r.prototype.prepare=o.prepare,r.prototype.transaction=st(),r.prototype.pragma=at(),r.prototype.explain=dt(),r.prototype.backup=ut(),r.prototype.serialize=pt(),r.prototype.function=Tt(),r.prototype.aggregate=ft(),r.prototype.table=gt(),r.prototype.loadExtension=o.loadExtension,r.prototype.exec=o.exec,r.prototype.close=o.close,r.prototype.defaultSafeIntegers=o.defaultSafeIntegers,r.prototype.unsafeMode=o.unsafeMode,r.prototype[re.inspect]=Rt(),r};function On(...e){return e}function Sn(e,...t){let n=e.length;for(let r=0;r<t.length;++r)e[n+r]=t[r]}function Ln(...e){if(!e.includes("__proto__")){let t=e.map((r,o)=>`v${o}`).join(","),n=e.map((r,o)=>`${JSON.stringify(r)}:v${o}`).join(",");return Function(`return (${t}) => ({${n}})`)()}return(...t)=>{let n={};for(let r=0;r<e.length;++r)n[e[r]]=t[r];return n}}function bn(e){return{value:e,done:!1}}});var bt=l((Ne,Lt)=>{"use strict";var ie=require("fs"),se=require("path"),An=["linux","darwin","win32"],In=["x64","arm64"],oe;function yn(e){if(typeof e=="string")return(typeof __non_webpack_require__=="function"?__non_webpack_require__:require)(se.resolve(e).replace(/(\.node)?$/,".node"));if(typeof e=="object"&&e!==null)return e;if(oe)return oe;let t=se.join(__dirname,"..","build","Debug","better_sqlite3.node");return ie.existsSync(t)||(t=se.join(__dirname,"..","build","Release","better_sqlite3.node")),ie.existsSync(t)?oe=require(t):oe=require(fe()||t)}function fe(){if(An.includes(process.platform)&&In.includes(process.arch)){let e=`${Cn()?"linuxmusl":process.platform}-${process.arch}`,t=se.join(__dirname,"..","prebuilds",`${e}.node`);if(ie.existsSync(t))return t}return null}function Cn(){if(process.platform!=="linux")return!1;try{let n=ie.readFileSync("/proc/self/maps","latin1");if(/\/ld-musl-[^/\s]*\.so/.test(n))return!0;if(/\/(?:ld-linux[^/\s]*|libc)\.so\.\d/.test(n))return!1}catch{}let{report:e}=process,t=e.excludeNetwork;e.excludeNetwork=!0;try{return!e.getReport().header.glibcVersionRuntime}finally{e.excludeNetwork=t}}Ne.getBinding=yn;Ne.getPrebuildPath=fe;require.main===Lt&&process.stdout.write(fe()?"1":"0")});var At=l((Ur,ge)=>{"use strict";ge.exports=St()(bt().getBinding,!0);ge.exports.SqliteError=me()});var L=require("node:fs");var Re=require("node:os"),W=require("node:path");function $t(e=process.env){return e.CLAUDE_CONFIG_DIR||(0,W.join)(e.HOME||(0,Re.homedir)(),".claude")}function U(e=process.env){return e.BGTELEMETRY_HOME||(0,W.join)($t(e),"bgtelemetry")}function Oe(e=process.env){return(0,W.join)(U(e),"spool")}var u=require("node:fs");var Jn=1024*1024;var Kn=u.constants.O_WRONLY|u.constants.O_APPEND|u.constants.O_CREAT|(u.constants.O_NONBLOCK??0);var D=require("node:fs"),Le=require("node:os"),g=require("node:path");function Se(e){let t=2166136261;for(let n=0;n<e.length;n++)t^=e.charCodeAt(n),t=Math.imul(t,16777619);return(t>>>0).toString(36)}function de(e=process.env){let n=(e.XDG_RUNTIME_DIR&&(0,g.isAbsolute)(e.XDG_RUNTIME_DIR)?e.XDG_RUNTIME_DIR:void 0)||(e.TMPDIR&&(0,g.isAbsolute)(e.TMPDIR)?e.TMPDIR:(0,Le.tmpdir)());return(0,g.join)(n,`bgtelemetry-${process.getuid?.()??"user"}`)}function wt(e=process.env){return(0,g.join)(de(e),Se((0,g.resolve)(U(e))))}function Ut(e){let t;try{t=(0,D.lstatSync)(e)}catch{return null}if(t.isSymbolicLink())return`${e} is a symbolic link`;if(!t.isDirectory())return`${e} is not a directory`;let n=process.getuid?.();return n!==void 0&&t.uid!==n?`${e} belongs to another user (uid ${t.uid})`:(t.mode&63)!==0?`${e} can be entered by other users (mode ${(t.mode&511).toString(8)})`:null}function be(e=process.env,t=!1){let n=de(e);try{t&&(0,D.mkdirSync)(n,{mode:448})}catch(r){if(r.code!=="EEXIST")return null}if(Ut(n))return null;try{let r=wt(e);return t?(0,D.mkdirSync)(r,{recursive:!0,mode:448}):(0,D.lstatSync)(r),r}catch{return null}}function Ae(e){return(0,g.join)(e,"spool")}var h=require("node:fs"),v=require("node:path");var T=require("node:fs"),Mt=T.constants.O_RDONLY|(T.constants.O_NONBLOCK??0),M=class extends Error{constructor(n,r){super(n);this.kind=r}kind;code="EREFUSED"},jt=[[e=>e.isFIFO(),"a FIFO"],[e=>e.isDirectory(),"a directory"],[e=>e.isSocket(),"a socket"],[e=>e.isCharacterDevice(),"a character device"],[e=>e.isBlockDevice(),"a block device"]];function Gt(e,t){let n=jt.find(([r])=>r(t))?.[1]??"an unknown kind of file";return new M(`${e} is not a regular file (${n})`,n)}function Pt(e,t,n){let r=(0,T.openSync)(e,Mt);try{let o=(0,T.fstatSync)(r);if(!o.isFile())throw Gt(e,o);if(n&&!n(o))throw new M(`${e} is not acceptable (owner or mode)`);return t(r,o.size)}finally{(0,T.closeSync)(r)}}function Ft(e,t,n){let r=Buffer.allocUnsafe(t),o=0;for(;o<t;){let s=(0,T.readSync)(e,r,o,t-o,n+o);if(s===0)break;o+=s}return r.subarray(0,o)}function Ie(e,t,n){return Pt(e,(r,o)=>{if(o>t)throw new M(`${e} is larger than ${t} bytes`);return Ft(r,o,0)},n)}var ye=new WeakMap;function d(e,t){let n=ye.get(e);n||ye.set(e,n=new Map);let r=n.get(t);return r||n.set(t,r=e.prepare(t)),r}var Ce=e=>e===void 0?null:e?1:0,a=e=>e===void 0?null:e,Xt={"session-start":Ht,"session-end":Wt,prompt:Bt,"bash-pre":qt,"bash-post":Yt,"task-check":(e,t)=>xe(e,t.session,t.taskId,t.toolUseId,t.at,t.tool,t.blocking,t.statusSeen,t.exitCode),"task-stop":Jt,"turn-end":Kt};function ke(e,t){return d(e,"INSERT OR IGNORE INTO applied_events (id, kind, at) VALUES (?, ?, ?)").run(t.id,t.kind,t.at).changes===0?!1:(Vt(e,t),Xt[t.kind](e,t),t.delivered&&d(e,"UPDATE advice SET delivered_at = COALESCE(delivered_at, ?) WHERE event_id = ?").run(t.at,t.delivered),t.backfilled||d(e,"INSERT OR IGNORE INTO hook_runs (event_id, hook, at, wall_ms) VALUES (?, ?, ?, ?)").run(t.id,t.hook,t.at,t.wallMs),!0)}function Ht(e,t){d(e,"UPDATE sessions SET source = COALESCE(source, ?) WHERE id = ?").run(a(t.source),t.session)}function Wt(e,t){d(e,"UPDATE sessions SET ended_at = MAX(COALESCE(ended_at, 0), ?), end_reason = COALESCE(?, end_reason) WHERE id = ?").run(t.at,a(t.reason),t.session)}function Bt(e,t){d(e,"INSERT OR IGNORE INTO prompts (id, session_id, at, kind, intents, chars) VALUES (?, ?, ?, ?, ?, ?)").run(t.promptId??t.id,t.session,t.at,t.promptKind,t.intents.join(","),t.chars),t.notification&&(j(e,t.session,t.notification.taskId),d(e,`UPDATE tasks SET notified_at = COALESCE(notified_at, @at), finished_at = COALESCE(finished_at, @at),
         exit_code = COALESCE(@exit, exit_code), status = CASE WHEN status = 'killed' THEN status ELSE @status END
       WHERE session_id = @session AND id = @id`).run({at:t.at,exit:a(t.notification.exitCode),status:t.notification.status,session:t.session,id:t.notification.taskId}))}function qt(e,t){d(e,`INSERT INTO bash_calls (tool_use_id, session_id, prompt_id, message_id, project, project_id, started_at, signature, command, verdict, category,
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
       duration_source = COALESCE(bash_calls.duration_source, CASE WHEN bash_calls.ended_at IS NOT NULL THEN 'hooks' END)`).run(ve(t))}function Yt(e,t){d(e,`INSERT INTO bash_calls (tool_use_id, session_id, prompt_id, message_id, project, project_id, ended_at, signature, command, verdict, category,
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
       duration_source = COALESCE(excluded.duration_source, CASE WHEN bash_calls.started_at IS NOT NULL THEN 'hooks' END)`).run({...ve(t),background:Ce(t.background),reason:a(t.backgroundReason),outcome:t.outcome,exitCode:a(t.exitCode),durationMs:a(t.durationMs),durationSource:t.durationMs===void 0?null:a(t.durationSource),taskId:a(t.taskId)}),t.taskId&&(j(e,t.session,t.taskId),d(e,`UPDATE tasks SET tool_use_id = COALESCE(tool_use_id, @toolUseId), started_at = COALESCE(started_at, @at),
         signature = COALESCE(signature, @signature), command = COALESCE(command, @command), category = COALESCE(category, @category)
       WHERE session_id = @session AND id = @id`).run({toolUseId:t.toolUseId,at:t.at,signature:t.signature,command:t.command,category:t.category,session:t.session,id:t.taskId})),t.readsTask&&xe(e,t.session,t.readsTask,t.toolUseId,t.at,"Bash",!1)}function Jt(e,t){j(e,t.session,t.taskId),d(e,`UPDATE tasks SET stopped_at = COALESCE(stopped_at, @at), stopped_by = COALESCE(stopped_by, @tool),
       status = CASE WHEN status IN ('running', 'ended') THEN 'killed' ELSE status END
     WHERE session_id = @session AND id = @id`).run({at:t.at,tool:t.tool,session:t.session,id:t.taskId})}function Kt(e,t){if(!t.running)return;for(let r of t.running)j(e,t.session,r.id),d(e,"UPDATE tasks SET running_at_turn_end = MAX(COALESCE(running_at_turn_end, 0), ?), command = COALESCE(command, ?) WHERE session_id = ? AND id = ?").run(t.at,a(r.command),t.session,r.id);let n=t.running.map(()=>"?").join(",");e.prepare(`UPDATE tasks SET status = 'ended', finished_at = COALESCE(finished_at, ?)
     WHERE session_id = ? AND status = 'running' AND started_at <= ?${t.running.length?` AND id NOT IN (${n})`:""}`).run(t.at,t.session,t.at,...t.running.map(r=>r.id))}function De(e,t,n,r){n&&d(e,`INSERT OR IGNORE INTO advice (event_id, session_id, prompt_id, tool_use_id, at, hook, kind, signature, text, chars, deferred)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(t.id,t.session,a(t.promptId),a(n.toolUseId),t.at,t.hook,n.kind,a(n.signature),n.text,n.text.length,n.deferred?1:0);for(let o of r)d(e,"INSERT OR IGNORE INTO claims (session_id, key, at) VALUES (?, ?, ?)").run(t.session,o,t.at)}function ve(e){return{toolUseId:e.toolUseId,session:e.session,promptId:a(e.promptId),messageId:a(e.messageId),project:a(e.project),projectId:a(e.projectId),at:e.at,signature:e.signature,command:e.command,verdict:e.verdict,category:e.category,estimateS:e.estimateS,estimateSource:e.estimateSource,timeoutMs:a(e.timeoutMs),requested:Ce(e.requestedBackground),thresholdMs:e.thresholdMs,backfilled:e.backfilled?1:0}}function Vt(e,t){d(e,`INSERT INTO sessions (id, project, project_id, developer, machine, cwd, started_at, generation)
       VALUES (@id, @project, @projectId, @developer, @machine, @cwd, @at, @generation)
     ON CONFLICT (id) DO UPDATE SET
       project = COALESCE(sessions.project, excluded.project),
       project_id = COALESCE(sessions.project_id, excluded.project_id),
       developer = COALESCE(sessions.developer, excluded.developer),
       machine = COALESCE(sessions.machine, excluded.machine),
       cwd = COALESCE(sessions.cwd, excluded.cwd),
       started_at = MIN(COALESCE(sessions.started_at, excluded.started_at), excluded.started_at),
       generation = COALESCE(sessions.generation, excluded.generation)`).run({id:t.session,project:a(t.project),projectId:a(t.projectId),developer:a(t.developer),machine:a(t.machine),cwd:a(t.cwd),at:t.at,generation:a(t.generation)})}function j(e,t,n){d(e,"INSERT OR IGNORE INTO tasks (session_id, id) VALUES (?, ?)").run(t,n)}var Qt=new Set(["completed","failed","killed"]);function xe(e,t,n,r,o,s,i,p,c){j(e,t,n),d(e,"INSERT OR IGNORE INTO task_checks (tool_use_id, session_id, task_id, at, tool, blocking, status_seen) VALUES (?, ?, ?, ?, ?, ?, ?)").run(r,t,n,o,s,i?1:0,a(p)),p&&Qt.has(p)&&d(e,`UPDATE tasks SET status = CASE WHEN status = 'killed' THEN status ELSE @status END,
         finished_at = COALESCE(finished_at, @at), exit_code = COALESCE(@exit, exit_code)
       WHERE session_id = @session AND id = @id`).run({status:p,at:o,exit:a(c),session:t,id:n})}var le=64,zt=16*1024*1024;function Zt(e){return JSON.parse(Ie(e,zt).toString("utf8"))}function $e(e){try{return(0,h.readdirSync)(e).filter(t=>t.endsWith(".json")&&!t.startsWith(".")).sort()}catch{return[]}}function B(e,t,n=1/0,r){let o=$e(t),s={applied:0,duplicates:0,bad:0,left:0};for(let i=0;i<o.length;i+=le){if(Date.now()>n){s.left=o.length-i;break}let p=[];for(let c of o.slice(i,i+le))try{p.push({file:c,event:Zt((0,v.join)(t,c))})}catch(R){if(R.code==="ENOENT")continue;(0,h.mkdirSync)((0,v.join)(t,"bad"),{recursive:!0,mode:448});try{(0,h.renameSync)((0,v.join)(t,c),(0,v.join)(t,"bad",c))}catch{}s.bad++}e.transaction(()=>{for(let{event:c}of p){if(!ke(e,c)){s.duplicates++;continue}s.applied++,(c.advice||c.claims)&&De(e,c,c.advice,c.claims??[])}}).immediate();for(let{file:c}of p)(0,h.rmSync)((0,v.join)(t,c),{force:!0});r?.(Math.min(i+le,o.length),o.length)}return s}function en(e){let t=be(e,!1);return t?Ae(t):null}function we(e,t,n=1/0,r){let o=en(t);return o?B(e,o,n,r):null}var E=require("node:fs"),It=require("node:module"),yt=require("node:path");var x=require("node:fs"),O=require("node:path"),q="better-sqlite3",tn={x64:"x86_64",arm64:"aarch64"};function nn(){if(!(0,x.existsSync)(`/lib/ld-musl-${tn[process.arch]??process.arch}.so.1`))return!1;try{return/\/ld-musl-[^/\s]*\.so/.test((0,x.readFileSync)("/proc/self/maps","latin1"))}catch{return!1}}function je(e=process.platform,t=process.arch){return`${e==="linux"&&nn()?"linuxmusl":e}-${t}`}function Ue(e){let t=(0,O.join)(e,"build","Release","better_sqlite3.node");if((0,x.existsSync)(t))return t;let n=(0,O.join)(e,"prebuilds",`${je()}.node`);return(0,x.existsSync)(n)?n:void 0}function rn(e){if(!e)return[];let t=(0,O.join)(e,"..","..");return[(0,O.join)(t,"node_modules",q),(0,O.join)(t,"..",q)]}var Me=22;function on(e=process.version){return Number(e.replace(/^v/,"").split(".")[0])<Me?`Node ${e} is too old: bgtelemetry needs Node ${Me} or newer`:void 0}function sn(e,t=typeof require=="function"?require.resolve:void 0){let n=rn(e);for(let r of n){let o=Ue(r);if(o)return{path:o}}try{if(t){let r=(0,O.dirname)(t(`${q}/package.json`)),o=Ue(r);if(o)return{path:o};n.push(r)}}catch{}return{error:`no ${q} native addon (${je()}) found in ${n.join(", ")||"any node_modules"}`}}function Ge(e){let t=on();if(t)return{error:t};let{path:n,error:r}=sn(e);if(!n)return{error:r};try{let o={exports:{}};return process.dlopen(o,n),{addon:o.exports,path:n}}catch(o){return{path:n,error:an(n,o.message)}}}function an(e,t,n=process.version){return`${e} does not load on Node ${n} (${process.platform}-${process.arch}): ${t}`}var G;function pe(){if(G!==void 0)return G;process.removeAllListeners("warning");try{G=process.getBuiltinModule("node:sqlite")??null}catch{G=null}return G}var Ee=class{constructor(t){this.statement=t;t.setAllowUnknownNamedParameters?.(!0)}statement;plucked=!1;run(...t){return this.statement.run(...Y(t))}get(...t){let n=this.statement.get(...Y(t));return this.plucked&&n?ue(n):n}all(...t){let n=this.statement.all(...Y(t));return this.plucked?n.map(ue):n}*iterate(...t){for(let n of this.statement.iterate(...Y(t)))yield this.plucked?ue(n):n}pluck(t=!0){return this.plucked=t,this}};function Y(e){return e.some(Array.isArray)?e.flat():e}function ue(e){for(let t in e)return e[t]}var J=class e{constructor(t){this.db=t}db;depth=0;closed=!1;static connect(t,{busyTimeoutMs:n,readonly:r}){let o=pe();if(!o)throw new Error("node:sqlite is not available in this Node");let s=new e(new o.DatabaseSync(t,{readOnly:r}));return s.db.exec(`PRAGMA busy_timeout = ${Math.max(0,Math.floor(n))}`),s}get open(){return!this.closed}get inTransaction(){return this.db.isTransaction??this.depth>0}prepare(t){return new Ee(this.db.prepare(t))}exec(t){return this.db.exec(t),this}pragma(t,n={}){let r=this.prepare(`PRAGMA ${t}`);return n.simple?r.pluck().get():r.all()}transaction(t){let n=r=>()=>this.inside(r,t);return Object.assign(n("BEGIN"),{deferred:n("BEGIN DEFERRED"),immediate:n("BEGIN IMMEDIATE")})}inside(t,n){let r=this.depth>0,o=`bgt_${this.depth}`;this.db.exec(r?`SAVEPOINT ${o}`:t),this.depth++;try{let s=n();return this.db.exec(r?`RELEASE ${o}`:"COMMIT"),s}catch(s){throw this.rollback(r?`ROLLBACK TO ${o}; RELEASE ${o}`:"ROLLBACK"),s}finally{this.depth--}}rollback(t){try{this.db.exec(t)}catch{}}close(){return this.closed||this.db.close(),this.closed=!0,this}};function cn(e){let t=`replace(${e}, '\\', '/')`;return`replace(${t}, rtrim(${t}, replace(${t}, '/', '')), '')`}var dn=e=>`COALESCE(${e}.project_id, ${cn(`${e}.project`)})`,Pe=e=>`COALESCE((SELECT ${e("b")} FROM bash_calls b WHERE b.session_id = a.session_id AND b.tool_use_id = a.tool_use_id), (SELECT ${e("s")} FROM sessions s WHERE s.id = a.session_id))`,Fe='event_id, session_id, at, shown, kind, signature, project, project_id, followed, "right", call_fg_ms',Xe=e=>`
    SELECT a.event_id, a.session_id, a.at,
      CASE WHEN a.deferred = 0 OR a.delivered_at IS NOT NULL THEN 1 ELSE 0 END,
      a.kind, a.signature, ${Pe(t=>`${t}.project`)}, ${Pe(dn)}, a.followed, a."right",
      (SELECT CASE WHEN COALESCE(b.background, 0) <> 1 THEN b.duration_ms END FROM bash_calls b WHERE b.session_id = a.session_id AND b.tool_use_id = a.tool_use_id)
    FROM advice_outcomes a WHERE ${e}`,m=(e,t)=>`
    DELETE FROM advice_facts WHERE event_id IN (SELECT a.event_id FROM advice a WHERE a.session_id = ${e} AND (${t}));
    INSERT INTO advice_facts (${Fe}) ${Xe(`a.session_id = ${e} AND (${t})`)};`,K=(e,t="IS")=>`a.tool_use_id = ${e}.tool_use_id OR (${e}.background = 1 AND a.prompt_id ${t} ${e}.prompt_id AND a.at < ${e}.started_at)`,_e=e=>`a.tool_use_id IN (SELECT c.tool_use_id FROM bash_calls c WHERE c.session_id = ${e}.session_id AND c.task_id = ${e}.id)`,He=`
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
  INSERT INTO advice_facts (${Fe}) ${Xe("TRUE")};

  CREATE TRIGGER advice_facts_advice_insert AFTER INSERT ON advice BEGIN${m("NEW.session_id","a.event_id = NEW.event_id")}
  END;
  CREATE TRIGGER advice_facts_advice_update AFTER UPDATE ON advice BEGIN
    DELETE FROM advice_facts WHERE event_id = OLD.event_id;${m("NEW.session_id","a.event_id = NEW.event_id")}
  END;
  CREATE TRIGGER advice_facts_advice_delete AFTER DELETE ON advice BEGIN
    DELETE FROM advice_facts WHERE event_id = OLD.event_id;
  END;
  CREATE TRIGGER advice_facts_call_insert AFTER INSERT ON bash_calls BEGIN${m("NEW.session_id",K("NEW"))}
  END;
  CREATE TRIGGER advice_facts_call_update AFTER UPDATE ON bash_calls BEGIN${m("OLD.session_id",`${K("OLD")} OR ${K("NEW")}`)}
  END;
  CREATE TRIGGER advice_facts_call_delete AFTER DELETE ON bash_calls BEGIN${m("OLD.session_id",K("OLD"))}
  END;
  CREATE TRIGGER advice_facts_task_insert AFTER INSERT ON tasks BEGIN${m("NEW.session_id",_e("NEW"))}
  END;
  CREATE TRIGGER advice_facts_task_update AFTER UPDATE ON tasks BEGIN${m("NEW.session_id",_e("NEW"))}
  END;
  CREATE TRIGGER advice_facts_task_delete AFTER DELETE ON tasks BEGIN${m("OLD.session_id",_e("OLD"))}
  END;
  CREATE TRIGGER advice_facts_session_insert AFTER INSERT ON sessions BEGIN${m("NEW.id","TRUE")}
  END;
  CREATE TRIGGER advice_facts_session_update AFTER UPDATE OF project, project_id ON sessions
    WHEN OLD.project IS NOT NEW.project OR OLD.project_id IS NOT NEW.project_id BEGIN${m("NEW.id","TRUE")}
  END;
  CREATE TRIGGER advice_facts_session_delete AFTER DELETE ON sessions BEGIN${m("OLD.id","TRUE")}
  END;
`;var y={call_session_hours:["hour","session_id","project","project_id","backfilled","slow","background","timed_out"],call_signature_hours:["hour","signature","backfilled","slow","background","timed_out"]},ln={hour:"INTEGER NOT NULL",session_id:"TEXT NOT NULL",project:"TEXT",project_id:"TEXT",signature:"TEXT",backfilled:"INTEGER NOT NULL",slow:"INTEGER NOT NULL",background:"INTEGER",timed_out:"INTEGER NOT NULL"},P=(e,t,n="IS")=>y[e].map(r=>`${e}.${r} ${r==="hour"||r==="session_id"?"=":n} ${t}.${r}`).join(" AND "),V=e=>y[e].join(", "),un=(e,t)=>y[e].map(n=>`${t}.${n}`).join(", "),We=(e,t)=>`
    INSERT INTO ${e} (${V(e)}, n, ms) SELECT ${un(e,t)}, 0, 0 WHERE NOT EXISTS (SELECT 1 FROM ${e} WHERE ${P(e,t)});
    UPDATE ${e} SET n = n + ${t}.n, ms = ms + ${t}.ms WHERE ${P(e,t)};`,Be=(e,t)=>`
    UPDATE ${e} SET n = n - ${t}.n, ms = ms - ${t}.ms WHERE ${P(e,t)};
    DELETE FROM ${e} WHERE n = 0 AND ${P(e,t)};`,En=e=>`
    UPDATE ${e} SET n = n + NEW.n - OLD.n, ms = ms + NEW.ms - OLD.ms WHERE ${P(e,"NEW")};`,$=Object.keys(y),pn=[...new Set($.flatMap(e=>y[e]))],qe=pn.map(e=>`OLD.${e} IS NEW.${e}`).join(" AND "),Ye=`${$.map(e=>`
  CREATE TABLE ${e} (
    ${y[e].map(t=>`${t} ${ln[t]}`).join(`,
    `)},
    n INTEGER NOT NULL,
    ms INTEGER NOT NULL
  );
  -- Covers the report's read (a range of hours) and the triggers' lookups.
  CREATE INDEX ${e}_by_hour ON ${e}(${V(e)}, n, ms);
  INSERT INTO ${e} (${V(e)}, n, ms) SELECT ${V(e)}, SUM(n), SUM(ms) FROM call_hours GROUP BY ${y[e].map((t,n)=>n+1).join(", ")};`).join("")}

  CREATE TRIGGER call_rollups_insert AFTER INSERT ON call_hours BEGIN${$.map(e=>We(e,"NEW")).join("")}
  END;
  CREATE TRIGGER call_rollups_update AFTER UPDATE ON call_hours WHEN ${qe} BEGIN${$.map(En).join("")}
  END;
  CREATE TRIGGER call_rollups_move AFTER UPDATE ON call_hours WHEN NOT (${qe}) BEGIN${$.map(e=>Be(e,"OLD")+We(e,"NEW")).join("")}
  END;
  CREATE TRIGGER call_rollups_delete AFTER DELETE ON call_hours BEGIN${$.map(e=>Be(e,"OLD")).join("")}
  END;
`;var Z=e=>({hour:`COALESCE(${e}.started_at, ${e}.ended_at) / 3600000`,session_id:`${e}.session_id`,project:`${e}.project`,project_id:`${e}.project_id`,signature:`${e}.signature`,backfilled:`${e}.backfilled`,slow:`(CASE WHEN ${e}.verdict IN ('suggest-background', 'must-background') OR COALESCE(${e}.duration_ms, 0) >= ${e}.threshold_ms THEN 1 ELSE 0 END)`,background:`${e}.background`,timed_out:`(CASE WHEN ${e}.outcome = 'timed-out' OR ${e}.background_reason = 'timeout' THEN 1 ELSE 0 END)`}),Te=Object.keys(Z("x")),Q=e=>Object.entries(Z(e)).map(([t,n])=>`call_hours.${t} IS ${n}`).join(" AND "),z=e=>`COALESCE(${e}.started_at, ${e}.ended_at) IS NOT NULL`,Je=e=>`
    INSERT INTO call_hours (${Te.join(", ")}, n, ms)
      SELECT ${Object.values(Z(e)).join(", ")}, 0, 0 WHERE ${z(e)} AND NOT EXISTS (SELECT 1 FROM call_hours WHERE ${Q(e)});
    UPDATE call_hours SET n = n + 1, ms = ms + COALESCE(${e}.duration_ms, 0) WHERE ${z(e)} AND ${Q(e)};`,Ke=e=>`
    UPDATE call_hours SET n = n - 1, ms = ms - COALESCE(${e}.duration_ms, 0) WHERE ${z(e)} AND ${Q(e)};
    DELETE FROM call_hours WHERE n = 0 AND ${Q(e)};`,Ve=e=>`
    INSERT INTO hook_hours (hour, wall_ms, n) VALUES (${e}.at / 3600000, ${e}.wall_ms, 1)
      ON CONFLICT (hour, wall_ms) DO UPDATE SET n = n + 1;`,Qe=e=>`
    UPDATE hook_hours SET n = n - 1 WHERE hour = ${e}.at / 3600000 AND wall_ms = ${e}.wall_ms;
    DELETE FROM hook_hours WHERE n = 0 AND hour = ${e}.at / 3600000 AND wall_ms = ${e}.wall_ms;`,ze=`
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
  INSERT INTO call_hours (${Te.join(", ")}, n, ms)
    SELECT ${Object.values(Z("b")).join(", ")}, COUNT(*), COALESCE(SUM(b.duration_ms), 0)
    FROM bash_calls b WHERE ${z("b")}
    GROUP BY ${Te.map((e,t)=>t+1).join(", ")};

  CREATE TABLE hook_hours (
    hour INTEGER NOT NULL,
    wall_ms REAL NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (hour, wall_ms)
  ) WITHOUT ROWID;
  INSERT INTO hook_hours (hour, wall_ms, n) SELECT at / 3600000, wall_ms, COUNT(*) FROM hook_runs GROUP BY 1, 2;

  CREATE TRIGGER call_hours_insert AFTER INSERT ON bash_calls BEGIN${Je("NEW")}
  END;
  CREATE TRIGGER call_hours_update AFTER UPDATE ON bash_calls BEGIN${Ke("OLD")}${Je("NEW")}
  END;
  CREATE TRIGGER call_hours_delete AFTER DELETE ON bash_calls BEGIN${Ke("OLD")}
  END;
  CREATE TRIGGER hook_hours_insert AFTER INSERT ON hook_runs BEGIN${Ve("NEW")}
  END;
  CREATE TRIGGER hook_hours_update AFTER UPDATE OF at, wall_ms ON hook_runs BEGIN${Qe("OLD")}${Ve("NEW")}
  END;
  CREATE TRIGGER hook_hours_delete AFTER DELETE ON hook_runs BEGIN${Qe("OLD")}
  END;
`;var Ze=`CREATE VIEW task_states AS
  SELECT t.*,
    (SELECT COUNT(*) FROM task_checks c WHERE c.session_id = t.session_id AND c.task_id = t.id) AS checks,
    CASE
      WHEN t.stopped_at IS NOT NULL THEN 'stopped'
      WHEN EXISTS (SELECT 1 FROM task_checks c WHERE c.session_id = t.session_id AND c.task_id = t.id) THEN 'checked'
      WHEN t.status IN ('completed', 'failed', 'ended') THEN 'unchecked-finished'
      WHEN s.ended_at IS NOT NULL THEN 'orphaned'
      ELSE 'unchecked-running'
    END AS state
  FROM tasks t LEFT JOIN sessions s ON s.id = t.session_id;`,et=`prompt_id TEXT,
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
    threshold_ms INTEGER`,F=[{cost:"cheap",sql:`
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
    ${et}
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
  ${Ze}

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
    ${et},
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

  ${Ze}

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
  `},{cost:"heavy",sql:ze},{cost:"heavy",sql:He},{cost:"heavy",sql:Ye}],C=F.length;var Fn={},_=class extends Error{constructor(n,r){super(r);this.kind=n}kind},ae;function kn(){if(typeof __dirname=="string"){if(ae??=Ge(__dirname),!ae.addon)throw new _("binding",ae.error??"the SQLite binding did not load");return ae.addon}}var Dn={5:"SQLITE_BUSY",6:"SQLITE_LOCKED",11:"SQLITE_CORRUPT",26:"SQLITE_NOTADB"};function vn(e){let{code:t="",errcode:n}=e??{};return t==="ERR_SQLITE_ERROR"&&typeof n=="number"?Dn[n&255]??`SQLITE_ERROR_${n}`:t}function xn(e){if(e instanceof _)return e;let t=vn(e),n=e?.message??String(e);return t==="ERR_DLOPEN_FAILED"||t==="MODULE_NOT_FOUND"&&/better[-_]sqlite3/.test(n)?new _("binding",n):t==="SQLITE_BUSY"||t==="SQLITE_LOCKED"||t.startsWith("SQLITE_BUSY_")?new _("busy",n):t==="SQLITE_NOTADB"||t==="SQLITE_CORRUPT"||t.startsWith("SQLITE_CORRUPT_")?new _("corrupt",n):new _("unavailable",`${t?t+": ":""}${n}`)}function $n(e){let t;try{t=(0,E.statSync)(e).isFile()}catch{return}if(!t)throw new _("unavailable","not a regular file (a FIFO, device or directory): SQLite cannot use it")}function he(e=process.env){return e.BGTELEMETRY_SQLITE_DRIVER!=="better-sqlite3"&&pe()?"node:sqlite":"better-sqlite3"}var wn={"node:sqlite":J.connect,"better-sqlite3":(e,t)=>jn(e,t)};function Ct(e,t,n=he()){return Un(wn[n],e,t)}function Un(e,t,n){let r;try{$n(t);let o=n.readonly===!0;return o||((0,E.mkdirSync)((0,yt.dirname)(t),{recursive:!0,mode:448}),(0,E.existsSync)(t)||Gn(e,t)),r=e(t,{busyTimeoutMs:n.busyTimeoutMs,readonly:o}),r.pragma("synchronous = NORMAL"),kt(r,{readonly:o,heavy:n.heavyMigrations,onStep:n.onMigration}),r}catch(o){throw r?.close(),xn(o)}}function Mn(){return typeof require=="function"?At():(0,It.createRequire)(Fn.url)("better-sqlite3")}function jn(e,{busyTimeoutMs:t,readonly:n}){let r=Mn();return new r(e,{timeout:t,readonly:n,fileMustExist:n,nativeBinding:kn()})}function Gn(e,t){let n=`${t}.${process.pid}.new`;try{let r=e(n,{busyTimeoutMs:0,readonly:!1});try{(0,E.chmodSync)(n,384),kt(r)}finally{r.close()}try{(0,E.linkSync)(n,t)}catch(o){if(o.code!=="EEXIST"){if((0,E.existsSync)(t))return;(0,E.renameSync)(n,t)}}}finally{for(let r of["","-wal","-shm","-journal"])(0,E.rmSync)(n+r,{force:!0})}}function Pn(e){return F.slice(e).some(t=>t.cost==="heavy")}function kt(e,{readonly:t=!1,heavy:n="run",onStep:r}={}){let o=e.pragma("user_version",{simple:!0});if(o!==C){if(o>C)throw new _("unavailable",`the database has schema version ${o}, newer than this bgtelemetry understands (${C}): upgrade bgtelemetry`);if(t)throw new _("unavailable",`the database has schema version ${o} and needs a migration to ${C}`);if(n==="defer"&&Pn(o))throw new _("migrating",`the database has schema version ${o}; its migration to ${C} runs in the background`);e.pragma("journal_mode = WAL"),e.transaction(()=>{for(let s=e.pragma("user_version",{simple:!0});s<C;s++)r?.({from:s,to:s+1,cost:F[s].cost}),e.exec(F[s].sql),e.pragma(`user_version = ${s+1}`)}).immediate()}}var Fr=3600*1e3;var Qr=600*1e3,Xn=600*1e3,Hn=e=>`${e}.migrating`,Dt=e=>`${e}.migration-failed`;function vt(e,t){let n=Hn(e);(0,L.writeFileSync)(n,String(process.pid),{mode:384});try{let r=Ct(e,{busyTimeoutMs:Xn},he(t));try{B(r,Oe(t)),we(r,t)}finally{r.close()}return(0,L.rmSync)(Dt(e),{force:!0}),!0}catch(r){let o={at:Date.now(),message:r?.message??String(r)};return(0,L.writeFileSync)(Dt(e),JSON.stringify(o),{mode:384}),!1}finally{(0,L.rmSync)(n,{force:!0})}}var xt=process.argv[2];xt&&(process.exitCode=vt(xt,process.env)?0:1);
