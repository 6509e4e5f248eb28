"use strict";var u=(t,e)=>()=>{try{return e||t((e={exports:{}}).exports,e),e.exports}catch(n){throw e=0,n}};var v=u(W=>{"use strict";W.getBooleanOption=(t,e)=>{let n=!1;if(e in t&&typeof(n=t[e])!="boolean")throw new TypeError(`Expected the "${e}" option to be a boolean`);return n};W.cppdb=Symbol();W.inspect=Symbol.for("nodejs.util.inspect.custom")});var se=u((Bn,Ce)=>{"use strict";var G=class t extends Error{constructor(e,n){if(typeof n!="string")throw new TypeError("Expected second argument to be a string");super(""+e),this.code=n,typeof Error.captureStackTrace=="function"&&Error.captureStackTrace(this,t)}};Object.defineProperty(G.prototype,"name",{value:"SqliteError",writable:!0,enumerable:!1,configurable:!0});Ce.exports=G});var ve=u(S=>{"use strict";var{cppdb:_}=v();S.prepare=function(e){return this[_].prepare(e,this,!1,!1)};S.exec=function(e){return this[_].exec(e),this};S.close=function(){return this[_].close(),this};S.loadExtension=function(...e){return this[_].loadExtension(...e),this};S.defaultSafeIntegers=function(...e){return this[_].defaultSafeIntegers(...e),this};S.unsafeMode=function(...e){return this[_].unsafeMode(...e),this};S.getters={name:{get:function(){return this[_].name},enumerable:!0},open:{get:function(){return this[_].open},enumerable:!0},inTransaction:{get:function(){return this[_].inTransaction},enumerable:!0},readonly:{get:function(){return this[_].readonly},enumerable:!0},memory:{get:function(){return this[_].memory},enumerable:!0}}});var Me=u((Hn,we)=>{"use strict";var{cppdb:jt}=v(),De=new WeakMap;we.exports=function(e){if(typeof e!="function")throw new TypeError("Expected first argument to be a function");let n=this[jt],r=Pt(n,this),{apply:o}=Function.prototype,s={default:{value:J(o,e,n,r.default)},deferred:{value:J(o,e,n,r.deferred)},immediate:{value:J(o,e,n,r.immediate)},exclusive:{value:J(o,e,n,r.exclusive)},database:{value:this,enumerable:!0}};return Object.defineProperties(s.default.value,s),Object.defineProperties(s.deferred.value,s),Object.defineProperties(s.immediate.value,s),Object.defineProperties(s.exclusive.value,s),s.default.value};var Pt=(t,e)=>{let n=De.get(t);if(!n){let r={commit:t.prepare("COMMIT",e,!1,!1),rollback:t.prepare("ROLLBACK",e,!1,!1),savepoint:t.prepare("SAVEPOINT `	_bs3.	`",e,!1,!1),release:t.prepare("RELEASE `	_bs3.	`",e,!1,!1),rollbackTo:t.prepare("ROLLBACK TO `	_bs3.	`",e,!1,!1)};De.set(t,n={default:Object.assign({begin:t.prepare("BEGIN",e,!1,!1)},r),deferred:Object.assign({begin:t.prepare("BEGIN DEFERRED",e,!1,!1)},r),immediate:Object.assign({begin:t.prepare("BEGIN IMMEDIATE",e,!1,!1)},r),exclusive:Object.assign({begin:t.prepare("BEGIN EXCLUSIVE",e,!1,!1)},r)})}return n},J=(t,e,n,{begin:r,commit:o,rollback:s,savepoint:i,release:p,rollbackTo:c})=>function(){let O,L,k;n.inTransaction?(O=i,L=p,k=c):(O=r,L=o,k=s),O.run();try{let T=t.call(e,this,arguments);if(T&&typeof T.then=="function")throw new TypeError("Transaction function cannot return a promise");return L.run(),T}catch(T){throw n.inTransaction&&(k.run(),k!==s&&L.run()),T}}});var je=u((Wn,Ue)=>{"use strict";var{getBooleanOption:Xt,cppdb:Ft}=v();Ue.exports=function(e,n){if(n==null&&(n={}),typeof e!="string")throw new TypeError("Expected first argument to be a string");if(typeof n!="object")throw new TypeError("Expected second argument to be an options object");let r=Xt(n,"simple"),o=this[Ft].prepare(`PRAGMA ${e}`,this,!0,!1);return r?o.pluck().get():o.all()}});var Xe=u((Gn,Pe)=>{"use strict";var{cppdb:$t}=v();Pe.exports=function(e){if(typeof e!="string")throw new TypeError("Expected first argument to be a string");return this[$t].prepare(`EXPLAIN ${e}`,this,!1,!0).all()}});var $e=u((Jn,Fe)=>{Fe.exports=function(){throw new Error("not available in a bgtelemetry hook")}});var qe=u((Yn,Be)=>{Be.exports=function(){throw new Error("not available in a bgtelemetry hook")}});var We=u((Kn,He)=>{He.exports=function(){throw new Error("not available in a bgtelemetry hook")}});var Je=u((Vn,Ge)=>{Ge.exports=function(){throw new Error("not available in a bgtelemetry hook")}});var Ke=u((Qn,Ye)=>{Ye.exports=function(){throw new Error("not available in a bgtelemetry hook")}});var Qe=u((zn,Ve)=>{Ve.exports=function(){throw new Error("not available in a bgtelemetry hook")}});var Ze=u((Zn,ze)=>{"use strict";var Bt=require("fs"),qt=require("path"),Y=v(),Ht=se();ze.exports=function(e,n){function r(s,i){if(new.target==null)return new r(s,i);let p,c;if(Buffer.isBuffer(s))p=s,s=":memory:";else if(typeof s=="number"){if(!Number.isInteger(s)||s<0||s>2147483647)throw new TypeError("Expected the file descriptor to be a non-negative 32-bit integer");c=s,s=`fd:${c}`}if(s==null&&(s=""),i==null&&(i={}),typeof s!="string")throw new TypeError("Expected first argument to be a string");if(typeof i!="object")throw new TypeError("Expected second argument to be an options object");if("readOnly"in i)throw new TypeError('Misspelled option "readOnly" should be "readonly"');if("memory"in i)throw new TypeError('Option "memory" was removed in v7.0.0 (use ":memory:" filename instead)');let N=s.trim(),O=N===""||N===":memory:",L=Y.getBooleanOption(i,"readonly"),k=Y.getBooleanOption(i,"fileMustExist"),T="timeout"in i?i.timeout:5e3,Z="verbose"in i?i.verbose:null,P="nativeBinding"in i?i.nativeBinding:null,A="journalFd"in i?i.journalFd:void 0;if(L&&O&&!p)throw new TypeError("In-memory/temporary databases cannot be readonly");if(!Number.isInteger(T)||T<0)throw new TypeError('Expected the "timeout" option to be a positive integer');if(T>2147483647)throw new RangeError('Option "timeout" cannot be greater than 2147483647');if(Z!=null&&typeof Z!="function")throw new TypeError('Expected the "verbose" option to be a function');if(c!==void 0&&A===void 0)throw new TypeError('The "journalFd" option is required when opening a database from a file descriptor');if(c===void 0&&A!==void 0)throw new TypeError('The "journalFd" option can only be used when opening a database from a file descriptor');if(A!==void 0&&!(Number.isInteger(A)&&A>=0&&A<=2147483647))throw new TypeError('Expected the "journalFd" option to be a non-negative 32-bit integer');if(!n&&"nativeBinding"in i)throw new TypeError('The "nativeBinding" option is only supported by the default better-sqlite3 entrypoint');if(n&&P!=null&&typeof P!="string"&&typeof P!="object")throw new TypeError('Expected the "nativeBinding" option to be a string or addon object');let X=e(P);if(X.isInitialized||(X.initialize(Ht,Wt,Gt,Jt,Yt),X.isInitialized=!0),c===void 0&&!O&&!N.startsWith("file:")&&!Bt.existsSync(qt.dirname(N)))throw new TypeError("Cannot open database because the directory does not exist");Object.defineProperties(this,{[Y.cppdb]:{value:new X.Database(N,s,O,L,k,T,Z||null,p||null,c??null,A??null)},...o.getters})}let o=ve();return r.prototype.prepare=o.prepare,r.prototype.transaction=Me(),r.prototype.pragma=je(),r.prototype.explain=Xe(),r.prototype.backup=$e(),r.prototype.serialize=qe(),r.prototype.function=We(),r.prototype.aggregate=Je(),r.prototype.table=Ke(),r.prototype.loadExtension=o.loadExtension,r.prototype.exec=o.exec,r.prototype.close=o.close,r.prototype.defaultSafeIntegers=o.defaultSafeIntegers,r.prototype.unsafeMode=o.unsafeMode,r.prototype[Y.inspect]=Qe(),r};function Wt(...t){return t}function Gt(t,...e){let n=t.length;for(let r=0;r<e.length;++r)t[n+r]=e[r]}function Jt(...t){if(!t.includes("__proto__")){let e=t.map((r,o)=>`v${o}`).join(","),n=t.map((r,o)=>`${JSON.stringify(r)}:v${o}`).join(",");return Function(`return (${e}) => ({${n}})`)()}return(...e)=>{let n={};for(let r=0;r<t.length;++r)n[t[r]]=e[r];return n}}function Yt(t){return{value:t,done:!1}}});var tt=u((ae,et)=>{"use strict";var Q=require("fs"),V=require("path"),Kt=["linux","darwin","win32"],Vt=["x64","arm64"],K;function Qt(t){if(typeof t=="string")return(typeof __non_webpack_require__=="function"?__non_webpack_require__:require)(V.resolve(t).replace(/(\.node)?$/,".node"));if(typeof t=="object"&&t!==null)return t;if(K)return K;let e=V.join(__dirname,"..","build","Debug","better_sqlite3.node");return Q.existsSync(e)||(e=V.join(__dirname,"..","build","Release","better_sqlite3.node")),Q.existsSync(e)?K=require(e):K=require(ie()||e)}function ie(){if(Kt.includes(process.platform)&&Vt.includes(process.arch)){let t=`${zt()?"linuxmusl":process.platform}-${process.arch}`,e=V.join(__dirname,"..","prebuilds",`${t}.node`);if(Q.existsSync(e))return e}return null}function zt(){if(process.platform!=="linux")return!1;try{let n=Q.readFileSync("/proc/self/maps","latin1");if(/\/ld-musl-[^/\s]*\.so/.test(n))return!0;if(/\/(?:ld-linux[^/\s]*|libc)\.so\.\d/.test(n))return!1}catch{}let{report:t}=process,e=t.excludeNetwork;t.excludeNetwork=!0;try{return!t.getReport().header.glibcVersionRuntime}finally{t.excludeNetwork=e}}ae.getBinding=Qt;ae.getPrebuildPath=ie;require.main===et&&process.stdout.write(ie()?"1":"0")});var nt=u((er,ce)=>{"use strict";ce.exports=Ze()(tt().getBinding,!0);ce.exports.SqliteError=se()});var y=require("node:fs");var ue=require("node:os"),F=require("node:path");function ut(t=process.env){return t.CLAUDE_CONFIG_DIR||(0,F.join)(t.HOME||(0,ue.homedir)(),".claude")}function D(t=process.env){return t.BGTELEMETRY_HOME||(0,F.join)(ut(t),"bgtelemetry")}function le(t=process.env){return(0,F.join)(D(t),"spool")}var l=require("node:fs");var gn=1024*1024;var hn=l.constants.O_WRONLY|l.constants.O_APPEND|l.constants.O_CREAT|(l.constants.O_NONBLOCK??0);var I=require("node:fs"),pe=require("node:os"),g=require("node:path");function Ee(t){let e=2166136261;for(let n=0;n<t.length;n++)e^=t.charCodeAt(n),e=Math.imul(e,16777619);return(e>>>0).toString(36)}function ee(t=process.env){let n=(t.XDG_RUNTIME_DIR&&(0,g.isAbsolute)(t.XDG_RUNTIME_DIR)?t.XDG_RUNTIME_DIR:void 0)||(t.TMPDIR&&(0,g.isAbsolute)(t.TMPDIR)?t.TMPDIR:(0,pe.tmpdir)());return(0,g.join)(n,`bgtelemetry-${process.getuid?.()??"user"}`)}function lt(t=process.env){return(0,g.join)(ee(t),Ee((0,g.resolve)(D(t))))}function Et(t){let e;try{e=(0,I.lstatSync)(t)}catch{return null}if(e.isSymbolicLink())return`${t} is a symbolic link`;if(!e.isDirectory())return`${t} is not a directory`;let n=process.getuid?.();return n!==void 0&&e.uid!==n?`${t} belongs to another user (uid ${e.uid})`:(e.mode&63)!==0?`${t} can be entered by other users (mode ${(e.mode&511).toString(8)})`:null}function fe(t=process.env,e=!1){let n=ee(t);try{e&&(0,I.mkdirSync)(n,{mode:448})}catch(r){if(r.code!=="EEXIST")return null}if(Et(n))return null;try{let r=lt(t);return e?(0,I.mkdirSync)(r,{recursive:!0,mode:448}):(0,I.lstatSync)(r),r}catch{return null}}function me(t){return(0,g.join)(t,"spool")}var h=require("node:fs"),x=require("node:path");var m=require("node:fs"),pt=m.constants.O_RDONLY|(m.constants.O_NONBLOCK??0),w=class extends Error{constructor(n,r){super(n);this.kind=r}kind;code="EREFUSED"},ft=[[t=>t.isFIFO(),"a FIFO"],[t=>t.isDirectory(),"a directory"],[t=>t.isSocket(),"a socket"],[t=>t.isCharacterDevice(),"a character device"],[t=>t.isBlockDevice(),"a block device"]];function mt(t,e){let n=ft.find(([r])=>r(e))?.[1]??"an unknown kind of file";return new w(`${t} is not a regular file (${n})`,n)}function _t(t,e,n){let r=(0,m.openSync)(t,pt);try{let o=(0,m.fstatSync)(r);if(!o.isFile())throw mt(t,o);if(n&&!n(o))throw new w(`${t} is not acceptable (owner or mode)`);return e(r,o.size)}finally{(0,m.closeSync)(r)}}function Tt(t,e,n){let r=Buffer.allocUnsafe(e),o=0;for(;o<e;){let s=(0,m.readSync)(t,r,o,e-o,n+o);if(s===0)break;o+=s}return r.subarray(0,o)}function _e(t,e,n){return _t(t,(r,o)=>{if(o>e)throw new w(`${t} is larger than ${e} bytes`);return Tt(r,o,0)},n)}var Te=new WeakMap;function d(t,e){let n=Te.get(t);n||Te.set(t,n=new Map);let r=n.get(e);return r||n.set(e,r=t.prepare(e)),r}var ge=t=>t===void 0?null:t?1:0,a=t=>t===void 0?null:t,gt={"session-start":ht,"session-end":Nt,prompt:bt,"bash-pre":St,"bash-post":yt,"task-check":(t,e)=>Se(t,e.session,e.taskId,e.toolUseId,e.at,e.tool,e.blocking,e.statusSeen,e.exitCode),"task-stop":Ot,"turn-end":Lt};function he(t,e){return d(t,"INSERT OR IGNORE INTO applied_events (id, kind, at) VALUES (?, ?, ?)").run(e.id,e.kind,e.at).changes===0?!1:(At(t,e),gt[e.kind](t,e),e.delivered&&d(t,"UPDATE advice SET delivered_at = COALESCE(delivered_at, ?) WHERE event_id = ?").run(e.at,e.delivered),e.backfilled||d(t,"INSERT OR IGNORE INTO hook_runs (event_id, hook, at, wall_ms) VALUES (?, ?, ?, ?)").run(e.id,e.hook,e.at,e.wallMs),!0)}function ht(t,e){d(t,"UPDATE sessions SET source = COALESCE(source, ?) WHERE id = ?").run(a(e.source),e.session)}function Nt(t,e){d(t,"UPDATE sessions SET ended_at = MAX(COALESCE(ended_at, 0), ?), end_reason = COALESCE(?, end_reason) WHERE id = ?").run(e.at,a(e.reason),e.session)}function bt(t,e){d(t,"INSERT OR IGNORE INTO prompts (id, session_id, at, kind, intents, chars) VALUES (?, ?, ?, ?, ?, ?)").run(e.promptId??e.id,e.session,e.at,e.promptKind,e.intents.join(","),e.chars),e.notification&&(M(t,e.session,e.notification.taskId),d(t,`UPDATE tasks SET notified_at = COALESCE(notified_at, @at), finished_at = COALESCE(finished_at, @at),
         exit_code = COALESCE(@exit, exit_code), status = CASE WHEN status = 'killed' THEN status ELSE @status END
       WHERE session_id = @session AND id = @id`).run({at:e.at,exit:a(e.notification.exitCode),status:e.notification.status,session:e.session,id:e.notification.taskId}))}function St(t,e){d(t,`INSERT INTO bash_calls (tool_use_id, session_id, prompt_id, message_id, project, project_id, started_at, signature, command, verdict, category,
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
       duration_source = COALESCE(bash_calls.duration_source, CASE WHEN bash_calls.ended_at IS NOT NULL THEN 'hooks' END)`).run(be(e))}function yt(t,e){d(t,`INSERT INTO bash_calls (tool_use_id, session_id, prompt_id, message_id, project, project_id, ended_at, signature, command, verdict, category,
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
       duration_source = COALESCE(excluded.duration_source, CASE WHEN bash_calls.started_at IS NOT NULL THEN 'hooks' END)`).run({...be(e),background:ge(e.background),reason:a(e.backgroundReason),outcome:e.outcome,exitCode:a(e.exitCode),durationMs:a(e.durationMs),durationSource:e.durationMs===void 0?null:a(e.durationSource),taskId:a(e.taskId)}),e.taskId&&(M(t,e.session,e.taskId),d(t,`UPDATE tasks SET tool_use_id = COALESCE(tool_use_id, @toolUseId), started_at = COALESCE(started_at, @at),
         signature = COALESCE(signature, @signature), command = COALESCE(command, @command), category = COALESCE(category, @category)
       WHERE session_id = @session AND id = @id`).run({toolUseId:e.toolUseId,at:e.at,signature:e.signature,command:e.command,category:e.category,session:e.session,id:e.taskId})),e.readsTask&&Se(t,e.session,e.readsTask,e.toolUseId,e.at,"Bash",!1)}function Ot(t,e){M(t,e.session,e.taskId),d(t,`UPDATE tasks SET stopped_at = COALESCE(stopped_at, @at), stopped_by = COALESCE(stopped_by, @tool),
       status = CASE WHEN status IN ('running', 'ended') THEN 'killed' ELSE status END
     WHERE session_id = @session AND id = @id`).run({at:e.at,tool:e.tool,session:e.session,id:e.taskId})}function Lt(t,e){if(!e.running)return;for(let r of e.running)M(t,e.session,r.id),d(t,"UPDATE tasks SET running_at_turn_end = MAX(COALESCE(running_at_turn_end, 0), ?), command = COALESCE(command, ?) WHERE session_id = ? AND id = ?").run(e.at,a(r.command),e.session,r.id);let n=e.running.map(()=>"?").join(",");t.prepare(`UPDATE tasks SET status = 'ended', finished_at = COALESCE(finished_at, ?)
     WHERE session_id = ? AND status = 'running' AND started_at <= ?${e.running.length?` AND id NOT IN (${n})`:""}`).run(e.at,e.session,e.at,...e.running.map(r=>r.id))}function Ne(t,e,n,r){n&&d(t,`INSERT OR IGNORE INTO advice (event_id, session_id, prompt_id, tool_use_id, at, hook, kind, signature, text, chars, deferred)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(e.id,e.session,a(e.promptId),a(n.toolUseId),e.at,e.hook,n.kind,a(n.signature),n.text,n.text.length,n.deferred?1:0);for(let o of r)d(t,"INSERT OR IGNORE INTO claims (session_id, key, at) VALUES (?, ?, ?)").run(e.session,o,e.at)}function be(t){return{toolUseId:t.toolUseId,session:t.session,promptId:a(t.promptId),messageId:a(t.messageId),project:a(t.project),projectId:a(t.projectId),at:t.at,signature:t.signature,command:t.command,verdict:t.verdict,category:t.category,estimateS:t.estimateS,estimateSource:t.estimateSource,timeoutMs:a(t.timeoutMs),requested:ge(t.requestedBackground),thresholdMs:t.thresholdMs,backfilled:t.backfilled?1:0}}function At(t,e){d(t,`INSERT INTO sessions (id, project, project_id, developer, machine, cwd, started_at, generation)
       VALUES (@id, @project, @projectId, @developer, @machine, @cwd, @at, @generation)
     ON CONFLICT (id) DO UPDATE SET
       project = COALESCE(sessions.project, excluded.project),
       project_id = COALESCE(sessions.project_id, excluded.project_id),
       developer = COALESCE(sessions.developer, excluded.developer),
       machine = COALESCE(sessions.machine, excluded.machine),
       cwd = COALESCE(sessions.cwd, excluded.cwd),
       started_at = MIN(COALESCE(sessions.started_at, excluded.started_at), excluded.started_at),
       generation = COALESCE(sessions.generation, excluded.generation)`).run({id:e.session,project:a(e.project),projectId:a(e.projectId),developer:a(e.developer),machine:a(e.machine),cwd:a(e.cwd),at:e.at,generation:a(e.generation)})}function M(t,e,n){d(t,"INSERT OR IGNORE INTO tasks (session_id, id) VALUES (?, ?)").run(e,n)}var Rt=new Set(["completed","failed","killed"]);function Se(t,e,n,r,o,s,i,p,c){M(t,e,n),d(t,"INSERT OR IGNORE INTO task_checks (tool_use_id, session_id, task_id, at, tool, blocking, status_seen) VALUES (?, ?, ?, ?, ?, ?, ?)").run(r,e,n,o,s,i?1:0,a(p)),p&&Rt.has(p)&&d(t,`UPDATE tasks SET status = CASE WHEN status = 'killed' THEN status ELSE @status END,
         finished_at = COALESCE(finished_at, @at), exit_code = COALESCE(@exit, exit_code)
       WHERE session_id = @session AND id = @id`).run({status:p,at:o,exit:a(c),session:e,id:n})}var te=64,kt=16*1024*1024;function It(t){return JSON.parse(_e(t,kt).toString("utf8"))}function ye(t){try{return(0,h.readdirSync)(t).filter(e=>e.endsWith(".json")&&!e.startsWith(".")).sort()}catch{return[]}}function $(t,e,n=1/0,r){let o=ye(e),s={applied:0,duplicates:0,bad:0,left:0};for(let i=0;i<o.length;i+=te){if(Date.now()>n){s.left=o.length-i;break}let p=[];for(let c of o.slice(i,i+te))try{p.push({file:c,event:It((0,x.join)(e,c))})}catch(N){if(N.code==="ENOENT")continue;(0,h.mkdirSync)((0,x.join)(e,"bad"),{recursive:!0,mode:448});try{(0,h.renameSync)((0,x.join)(e,c),(0,x.join)(e,"bad",c))}catch{}s.bad++}t.transaction(()=>{for(let{event:c}of p){if(!he(t,c)){s.duplicates++;continue}s.applied++,(c.advice||c.claims)&&Ne(t,c,c.advice,c.claims??[])}}).immediate();for(let{file:c}of p)(0,h.rmSync)((0,x.join)(e,c),{force:!0});r?.(Math.min(i+te,o.length),o.length)}return s}function xt(t){let e=fe(t,!1);return e?me(e):null}function Oe(t,e,n=1/0,r){let o=xt(e);return o?$(t,o,n,r):null}var E=require("node:fs"),rt=require("node:module"),ot=require("node:path");var C=require("node:fs"),b=require("node:path"),B="better-sqlite3",Ct={x64:"x86_64",arm64:"aarch64"};function vt(){if(!(0,C.existsSync)(`/lib/ld-musl-${Ct[process.arch]??process.arch}.so.1`))return!1;try{return/\/ld-musl-[^/\s]*\.so/.test((0,C.readFileSync)("/proc/self/maps","latin1"))}catch{return!1}}function Re(t=process.platform,e=process.arch){return`${t==="linux"&&vt()?"linuxmusl":t}-${e}`}function Le(t){let e=(0,b.join)(t,"build","Release","better_sqlite3.node");if((0,C.existsSync)(e))return e;let n=(0,b.join)(t,"prebuilds",`${Re()}.node`);return(0,C.existsSync)(n)?n:void 0}function Dt(t){if(!t)return[];let e=(0,b.join)(t,"..","..");return[(0,b.join)(e,"node_modules",B),(0,b.join)(e,"..",B)]}var Ae=22;function wt(t=process.version){return Number(t.replace(/^v/,"").split(".")[0])<Ae?`Node ${t} is too old: bgtelemetry needs Node ${Ae} or newer`:void 0}function Mt(t,e=typeof require=="function"?require.resolve:void 0){let n=Dt(t);for(let r of n){let o=Le(r);if(o)return{path:o}}try{if(e){let r=(0,b.dirname)(e(`${B}/package.json`)),o=Le(r);if(o)return{path:o};n.push(r)}}catch{}return{error:`no ${B} native addon (${Re()}) found in ${n.join(", ")||"any node_modules"}`}}function ke(t){let e=wt();if(e)return{error:e};let{path:n,error:r}=Mt(t);if(!n)return{error:r};try{let o={exports:{}};return process.dlopen(o,n),{addon:o.exports,path:n}}catch(o){return{path:n,error:Ut(n,o.message)}}}function Ut(t,e,n=process.version){return`${t} does not load on Node ${n} (${process.platform}-${process.arch}): ${e}`}var U;function oe(){if(U!==void 0)return U;process.removeAllListeners("warning");try{U=process.getBuiltinModule("node:sqlite")??null}catch{U=null}return U}var re=class{constructor(e){this.statement=e;e.setAllowUnknownNamedParameters?.(!0)}statement;plucked=!1;run(...e){return this.statement.run(...q(e))}get(...e){let n=this.statement.get(...q(e));return this.plucked&&n?ne(n):n}all(...e){let n=this.statement.all(...q(e));return this.plucked?n.map(ne):n}*iterate(...e){for(let n of this.statement.iterate(...q(e)))yield this.plucked?ne(n):n}pluck(e=!0){return this.plucked=e,this}};function q(t){return t.some(Array.isArray)?t.flat():t}function ne(t){for(let e in t)return t[e]}var H=class t{constructor(e){this.db=e}db;depth=0;closed=!1;static connect(e,{busyTimeoutMs:n,readonly:r}){let o=oe();if(!o)throw new Error("node:sqlite is not available in this Node");let s=new t(new o.DatabaseSync(e,{readOnly:r}));return s.db.exec(`PRAGMA busy_timeout = ${Math.max(0,Math.floor(n))}`),s}get open(){return!this.closed}get inTransaction(){return this.db.isTransaction??this.depth>0}prepare(e){return new re(this.db.prepare(e))}exec(e){return this.db.exec(e),this}pragma(e,n={}){let r=this.prepare(`PRAGMA ${e}`);return n.simple?r.pluck().get():r.all()}transaction(e){let n=r=>()=>this.inside(r,e);return Object.assign(n("BEGIN"),{deferred:n("BEGIN DEFERRED"),immediate:n("BEGIN IMMEDIATE")})}inside(e,n){let r=this.depth>0,o=`bgt_${this.depth}`;this.db.exec(r?`SAVEPOINT ${o}`:e),this.depth++;try{let s=n();return this.db.exec(r?`RELEASE ${o}`:"COMMIT"),s}catch(s){throw this.rollback(r?`ROLLBACK TO ${o}; RELEASE ${o}`:"ROLLBACK"),s}finally{this.depth--}}rollback(e){try{this.db.exec(e)}catch{}}close(){return this.closed||this.db.close(),this.closed=!0,this}};var Ie=`CREATE VIEW task_states AS
  SELECT t.*,
    (SELECT COUNT(*) FROM task_checks c WHERE c.session_id = t.session_id AND c.task_id = t.id) AS checks,
    CASE
      WHEN t.stopped_at IS NOT NULL THEN 'stopped'
      WHEN EXISTS (SELECT 1 FROM task_checks c WHERE c.session_id = t.session_id AND c.task_id = t.id) THEN 'checked'
      WHEN t.status IN ('completed', 'failed', 'ended') THEN 'unchecked-finished'
      WHEN s.ended_at IS NOT NULL THEN 'orphaned'
      ELSE 'unchecked-running'
    END AS state
  FROM tasks t LEFT JOIN sessions s ON s.id = t.session_id;`,xe=`prompt_id TEXT,
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
    threshold_ms INTEGER`,j=[{cost:"cheap",sql:`
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
    ${xe}
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
  ${Ie}

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
    ${xe},
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

  ${Ie}

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
  `}],R=j.length;var ln={},f=class extends Error{constructor(n,r){super(r);this.kind=n}kind},z;function Zt(){if(typeof __dirname=="string"){if(z??=ke(__dirname),!z.addon)throw new f("binding",z.error??"the SQLite binding did not load");return z.addon}}var en={5:"SQLITE_BUSY",6:"SQLITE_LOCKED",11:"SQLITE_CORRUPT",26:"SQLITE_NOTADB"};function tn(t){let{code:e="",errcode:n}=t??{};return e==="ERR_SQLITE_ERROR"&&typeof n=="number"?en[n&255]??`SQLITE_ERROR_${n}`:e}function nn(t){if(t instanceof f)return t;let e=tn(t),n=t?.message??String(t);return e==="ERR_DLOPEN_FAILED"||e==="MODULE_NOT_FOUND"&&/better[-_]sqlite3/.test(n)?new f("binding",n):e==="SQLITE_BUSY"||e==="SQLITE_LOCKED"||e.startsWith("SQLITE_BUSY_")?new f("busy",n):e==="SQLITE_NOTADB"||e==="SQLITE_CORRUPT"||e.startsWith("SQLITE_CORRUPT_")?new f("corrupt",n):new f("unavailable",`${e?e+": ":""}${n}`)}function rn(t){let e;try{e=(0,E.statSync)(t).isFile()}catch{return}if(!e)throw new f("unavailable","not a regular file (a FIFO, device or directory): SQLite cannot use it")}function de(t=process.env){return t.BGTELEMETRY_SQLITE_DRIVER!=="better-sqlite3"&&oe()?"node:sqlite":"better-sqlite3"}var on={"node:sqlite":H.connect,"better-sqlite3":(t,e)=>cn(t,e)};function st(t,e,n=de()){return sn(on[n],t,e)}function sn(t,e,n){let r;try{rn(e);let o=n.readonly===!0;return o||((0,E.mkdirSync)((0,ot.dirname)(e),{recursive:!0,mode:448}),(0,E.existsSync)(e)||dn(t,e)),r=t(e,{busyTimeoutMs:n.busyTimeoutMs,readonly:o}),r.pragma("synchronous = NORMAL"),it(r,{readonly:o,heavy:n.heavyMigrations,onStep:n.onMigration}),r}catch(o){throw r?.close(),nn(o)}}function an(){return typeof require=="function"?nt():(0,rt.createRequire)(ln.url)("better-sqlite3")}function cn(t,{busyTimeoutMs:e,readonly:n}){let r=an();return new r(t,{timeout:e,readonly:n,fileMustExist:n,nativeBinding:Zt()})}function dn(t,e){let n=`${e}.${process.pid}.new`;try{let r=t(n,{busyTimeoutMs:0,readonly:!1});try{(0,E.chmodSync)(n,384),it(r)}finally{r.close()}try{(0,E.linkSync)(n,e)}catch(o){if(o.code!=="EEXIST"){if((0,E.existsSync)(e))return;(0,E.renameSync)(n,e)}}}finally{for(let r of["","-wal","-shm","-journal"])(0,E.rmSync)(n+r,{force:!0})}}function un(t){return j.slice(t).some(e=>e.cost==="heavy")}function it(t,{readonly:e=!1,heavy:n="run",onStep:r}={}){let o=t.pragma("user_version",{simple:!0});if(o!==R){if(o>R)throw new f("unavailable",`the database has schema version ${o}, newer than this bgtelemetry understands (${R}): upgrade bgtelemetry`);if(e)throw new f("unavailable",`the database has schema version ${o} and needs a migration to ${R}`);if(n==="defer"&&un(o))throw new f("migrating",`the database has schema version ${o}; its migration to ${R} runs in the background`);t.pragma("journal_mode = WAL"),t.transaction(()=>{for(let s=t.pragma("user_version",{simple:!0});s<R;s++)r?.({from:s,to:s+1,cost:j[s].cost}),t.exec(j[s].sql),t.pragma(`user_version = ${s+1}`)}).immediate()}}var sr=3600*1e3;var mr=600*1e3,En=600*1e3,pn=t=>`${t}.migrating`,at=t=>`${t}.migration-failed`;function ct(t,e){let n=pn(t);(0,y.writeFileSync)(n,String(process.pid),{mode:384});try{let r=st(t,{busyTimeoutMs:En},de(e));try{$(r,le(e)),Oe(r,e)}finally{r.close()}return(0,y.rmSync)(at(t),{force:!0}),!0}catch(r){let o={at:Date.now(),message:r?.message??String(r)};return(0,y.writeFileSync)(at(t),JSON.stringify(o),{mode:384}),!1}finally{(0,y.rmSync)(n,{force:!0})}}var dt=process.argv[2];dt&&(process.exitCode=ct(dt,process.env)?0:1);
