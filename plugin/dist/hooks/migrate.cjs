"use strict";var u=(t,e)=>()=>{try{return e||t((e={exports:{}}).exports,e),e.exports}catch(n){throw e=0,n}};var v=u(Y=>{"use strict";Y.getBooleanOption=(t,e)=>{let n=!1;if(e in t&&typeof(n=t[e])!="boolean")throw new TypeError(`Expected the "${e}" option to be a boolean`);return n};Y.cppdb=Symbol();Y.inspect=Symbol.for("nodejs.util.inspect.custom")});var de=u((Zn,Xe)=>{"use strict";var K=class t extends Error{constructor(e,n){if(typeof n!="string")throw new TypeError("Expected second argument to be a string");super(""+e),this.code=n,typeof Error.captureStackTrace=="function"&&Error.captureStackTrace(this,t)}};Object.defineProperty(K.prototype,"name",{value:"SqliteError",writable:!0,enumerable:!1,configurable:!0});Xe.exports=K});var Fe=u(S=>{"use strict";var{cppdb:_}=v();S.prepare=function(e){return this[_].prepare(e,this,!1,!1)};S.exec=function(e){return this[_].exec(e),this};S.close=function(){return this[_].close(),this};S.loadExtension=function(...e){return this[_].loadExtension(...e),this};S.defaultSafeIntegers=function(...e){return this[_].defaultSafeIntegers(...e),this};S.unsafeMode=function(...e){return this[_].unsafeMode(...e),this};S.getters={name:{get:function(){return this[_].name},enumerable:!0},open:{get:function(){return this[_].open},enumerable:!0},inTransaction:{get:function(){return this[_].inTransaction},enumerable:!0},readonly:{get:function(){return this[_].readonly},enumerable:!0},memory:{get:function(){return this[_].memory},enumerable:!0}}});var qe=u((tr,Be)=>{"use strict";var{cppdb:Wt}=v(),He=new WeakMap;Be.exports=function(e){if(typeof e!="function")throw new TypeError("Expected first argument to be a function");let n=this[Wt],r=Jt(n,this),{apply:o}=Function.prototype,s={default:{value:V(o,e,n,r.default)},deferred:{value:V(o,e,n,r.deferred)},immediate:{value:V(o,e,n,r.immediate)},exclusive:{value:V(o,e,n,r.exclusive)},database:{value:this,enumerable:!0}};return Object.defineProperties(s.default.value,s),Object.defineProperties(s.deferred.value,s),Object.defineProperties(s.immediate.value,s),Object.defineProperties(s.exclusive.value,s),s.default.value};var Jt=(t,e)=>{let n=He.get(t);if(!n){let r={commit:t.prepare("COMMIT",e,!1,!1),rollback:t.prepare("ROLLBACK",e,!1,!1),savepoint:t.prepare("SAVEPOINT `	_bs3.	`",e,!1,!1),release:t.prepare("RELEASE `	_bs3.	`",e,!1,!1),rollbackTo:t.prepare("ROLLBACK TO `	_bs3.	`",e,!1,!1)};He.set(t,n={default:Object.assign({begin:t.prepare("BEGIN",e,!1,!1)},r),deferred:Object.assign({begin:t.prepare("BEGIN DEFERRED",e,!1,!1)},r),immediate:Object.assign({begin:t.prepare("BEGIN IMMEDIATE",e,!1,!1)},r),exclusive:Object.assign({begin:t.prepare("BEGIN EXCLUSIVE",e,!1,!1)},r)})}return n},V=(t,e,n,{begin:r,commit:o,rollback:s,savepoint:i,release:p,rollbackTo:c})=>function(){let y,L,I;n.inTransaction?(y=i,L=p,I=c):(y=r,L=o,I=s),y.run();try{let T=t.call(e,this,arguments);if(T&&typeof T.then=="function")throw new TypeError("Transaction function cannot return a promise");return L.run(),T}catch(T){throw n.inTransaction&&(I.run(),I!==s&&L.run()),T}}});var We=u((nr,Ge)=>{"use strict";var{getBooleanOption:Yt,cppdb:Kt}=v();Ge.exports=function(e,n){if(n==null&&(n={}),typeof e!="string")throw new TypeError("Expected first argument to be a string");if(typeof n!="object")throw new TypeError("Expected second argument to be an options object");let r=Yt(n,"simple"),o=this[Kt].prepare(`PRAGMA ${e}`,this,!0,!1);return r?o.pluck().get():o.all()}});var Ye=u((rr,Je)=>{"use strict";var{cppdb:Vt}=v();Je.exports=function(e){if(typeof e!="string")throw new TypeError("Expected first argument to be a string");return this[Vt].prepare(`EXPLAIN ${e}`,this,!1,!0).all()}});var Ve=u((or,Ke)=>{Ke.exports=function(){throw new Error("not available in a bgtelemetry hook")}});var ze=u((sr,Qe)=>{Qe.exports=function(){throw new Error("not available in a bgtelemetry hook")}});var et=u((ir,Ze)=>{Ze.exports=function(){throw new Error("not available in a bgtelemetry hook")}});var nt=u((ar,tt)=>{tt.exports=function(){throw new Error("not available in a bgtelemetry hook")}});var ot=u((cr,rt)=>{rt.exports=function(){throw new Error("not available in a bgtelemetry hook")}});var it=u((dr,st)=>{st.exports=function(){throw new Error("not available in a bgtelemetry hook")}});var ct=u((ur,at)=>{"use strict";var Qt=require("fs"),zt=require("path"),Q=v(),Zt=de();at.exports=function(e,n){function r(s,i){if(new.target==null)return new r(s,i);let p,c;if(Buffer.isBuffer(s))p=s,s=":memory:";else if(typeof s=="number"){if(!Number.isInteger(s)||s<0||s>2147483647)throw new TypeError("Expected the file descriptor to be a non-negative 32-bit integer");c=s,s=`fd:${c}`}if(s==null&&(s=""),i==null&&(i={}),typeof s!="string")throw new TypeError("Expected first argument to be a string");if(typeof i!="object")throw new TypeError("Expected second argument to be an options object");if("readOnly"in i)throw new TypeError('Misspelled option "readOnly" should be "readonly"');if("memory"in i)throw new TypeError('Option "memory" was removed in v7.0.0 (use ":memory:" filename instead)');let h=s.trim(),y=h===""||h===":memory:",L=Q.getBooleanOption(i,"readonly"),I=Q.getBooleanOption(i,"fileMustExist"),T="timeout"in i?i.timeout:5e3,ne="verbose"in i?i.verbose:null,$="nativeBinding"in i?i.nativeBinding:null,R="journalFd"in i?i.journalFd:void 0;if(L&&y&&!p)throw new TypeError("In-memory/temporary databases cannot be readonly");if(!Number.isInteger(T)||T<0)throw new TypeError('Expected the "timeout" option to be a positive integer');if(T>2147483647)throw new RangeError('Option "timeout" cannot be greater than 2147483647');if(ne!=null&&typeof ne!="function")throw new TypeError('Expected the "verbose" option to be a function');if(c!==void 0&&R===void 0)throw new TypeError('The "journalFd" option is required when opening a database from a file descriptor');if(c===void 0&&R!==void 0)throw new TypeError('The "journalFd" option can only be used when opening a database from a file descriptor');if(R!==void 0&&!(Number.isInteger(R)&&R>=0&&R<=2147483647))throw new TypeError('Expected the "journalFd" option to be a non-negative 32-bit integer');if(!n&&"nativeBinding"in i)throw new TypeError('The "nativeBinding" option is only supported by the default better-sqlite3 entrypoint');if(n&&$!=null&&typeof $!="string"&&typeof $!="object")throw new TypeError('Expected the "nativeBinding" option to be a string or addon object');let P=e($);if(P.isInitialized||(P.initialize(Zt,en,tn,nn,rn),P.isInitialized=!0),c===void 0&&!y&&!h.startsWith("file:")&&!Qt.existsSync(zt.dirname(h)))throw new TypeError("Cannot open database because the directory does not exist");Object.defineProperties(this,{[Q.cppdb]:{value:new P.Database(h,s,y,L,I,T,ne||null,p||null,c??null,R??null)},...o.getters})}let o=Fe();return r.prototype.prepare=o.prepare,r.prototype.transaction=qe(),r.prototype.pragma=We(),r.prototype.explain=Ye(),r.prototype.backup=Ve(),r.prototype.serialize=ze(),r.prototype.function=et(),r.prototype.aggregate=nt(),r.prototype.table=ot(),r.prototype.loadExtension=o.loadExtension,r.prototype.exec=o.exec,r.prototype.close=o.close,r.prototype.defaultSafeIntegers=o.defaultSafeIntegers,r.prototype.unsafeMode=o.unsafeMode,r.prototype[Q.inspect]=it(),r};function en(...t){return t}function tn(t,...e){let n=t.length;for(let r=0;r<e.length;++r)t[n+r]=e[r]}function nn(...t){if(!t.includes("__proto__")){let e=t.map((r,o)=>`v${o}`).join(","),n=t.map((r,o)=>`${JSON.stringify(r)}:v${o}`).join(",");return Function(`return (${e}) => ({${n}})`)()}return(...e)=>{let n={};for(let r=0;r<t.length;++r)n[t[r]]=e[r];return n}}function rn(t){return{value:t,done:!1}}});var ut=u((le,dt)=>{"use strict";var ee=require("fs"),Z=require("path"),on=["linux","darwin","win32"],sn=["x64","arm64"],z;function an(t){if(typeof t=="string")return(typeof __non_webpack_require__=="function"?__non_webpack_require__:require)(Z.resolve(t).replace(/(\.node)?$/,".node"));if(typeof t=="object"&&t!==null)return t;if(z)return z;let e=Z.join(__dirname,"..","build","Debug","better_sqlite3.node");return ee.existsSync(e)||(e=Z.join(__dirname,"..","build","Release","better_sqlite3.node")),ee.existsSync(e)?z=require(e):z=require(ue()||e)}function ue(){if(on.includes(process.platform)&&sn.includes(process.arch)){let t=`${cn()?"linuxmusl":process.platform}-${process.arch}`,e=Z.join(__dirname,"..","prebuilds",`${t}.node`);if(ee.existsSync(e))return e}return null}function cn(){if(process.platform!=="linux")return!1;try{let n=ee.readFileSync("/proc/self/maps","latin1");if(/\/ld-musl-[^/\s]*\.so/.test(n))return!0;if(/\/(?:ld-linux[^/\s]*|libc)\.so\.\d/.test(n))return!1}catch{}let{report:t}=process,e=t.excludeNetwork;t.excludeNetwork=!0;try{return!t.getReport().header.glibcVersionRuntime}finally{t.excludeNetwork=e}}le.getBinding=an;le.getPrebuildPath=ue;require.main===dt&&process.stdout.write(ue()?"1":"0")});var lt=u((lr,Ee)=>{"use strict";Ee.exports=ct()(ut().getBinding,!0);Ee.exports.SqliteError=de()});var O=require("node:fs");var fe=require("node:os"),X=require("node:path");function Nt(t=process.env){return t.CLAUDE_CONFIG_DIR||(0,X.join)(t.HOME||(0,fe.homedir)(),".claude")}function D(t=process.env){return t.BGTELEMETRY_HOME||(0,X.join)(Nt(t),"bgtelemetry")}function me(t=process.env){return(0,X.join)(D(t),"spool")}var l=require("node:fs");var An=1024*1024;var In=l.constants.O_WRONLY|l.constants.O_APPEND|l.constants.O_CREAT|(l.constants.O_NONBLOCK??0);var k=require("node:fs"),Te=require("node:os"),g=require("node:path");function _e(t){let e=2166136261;for(let n=0;n<t.length;n++)e^=t.charCodeAt(n),e=Math.imul(e,16777619);return(e>>>0).toString(36)}function re(t=process.env){let n=(t.XDG_RUNTIME_DIR&&(0,g.isAbsolute)(t.XDG_RUNTIME_DIR)?t.XDG_RUNTIME_DIR:void 0)||(t.TMPDIR&&(0,g.isAbsolute)(t.TMPDIR)?t.TMPDIR:(0,Te.tmpdir)());return(0,g.join)(n,`bgtelemetry-${process.getuid?.()??"user"}`)}function ht(t=process.env){return(0,g.join)(re(t),_e((0,g.resolve)(D(t))))}function bt(t){let e;try{e=(0,k.lstatSync)(t)}catch{return null}if(e.isSymbolicLink())return`${t} is a symbolic link`;if(!e.isDirectory())return`${t} is not a directory`;let n=process.getuid?.();return n!==void 0&&e.uid!==n?`${t} belongs to another user (uid ${e.uid})`:(e.mode&63)!==0?`${t} can be entered by other users (mode ${(e.mode&511).toString(8)})`:null}function ge(t=process.env,e=!1){let n=re(t);try{e&&(0,k.mkdirSync)(n,{mode:448})}catch(r){if(r.code!=="EEXIST")return null}if(bt(n))return null;try{let r=ht(t);return e?(0,k.mkdirSync)(r,{recursive:!0,mode:448}):(0,k.lstatSync)(r),r}catch{return null}}function Ne(t){return(0,g.join)(t,"spool")}var N=require("node:fs"),C=require("node:path");var m=require("node:fs"),St=m.constants.O_RDONLY|(m.constants.O_NONBLOCK??0),w=class extends Error{constructor(n,r){super(n);this.kind=r}kind;code="EREFUSED"},Ot=[[t=>t.isFIFO(),"a FIFO"],[t=>t.isDirectory(),"a directory"],[t=>t.isSocket(),"a socket"],[t=>t.isCharacterDevice(),"a character device"],[t=>t.isBlockDevice(),"a block device"]];function yt(t,e){let n=Ot.find(([r])=>r(e))?.[1]??"an unknown kind of file";return new w(`${t} is not a regular file (${n})`,n)}function Lt(t,e,n){let r=(0,m.openSync)(t,St);try{let o=(0,m.fstatSync)(r);if(!o.isFile())throw yt(t,o);if(n&&!n(o))throw new w(`${t} is not acceptable (owner or mode)`);return e(r,o.size)}finally{(0,m.closeSync)(r)}}function Rt(t,e,n){let r=Buffer.allocUnsafe(e),o=0;for(;o<e;){let s=(0,m.readSync)(t,r,o,e-o,n+o);if(s===0)break;o+=s}return r.subarray(0,o)}function he(t,e,n){return Lt(t,(r,o)=>{if(o>e)throw new w(`${t} is larger than ${e} bytes`);return Rt(r,o,0)},n)}var be=new WeakMap;function d(t,e){let n=be.get(t);n||be.set(t,n=new Map);let r=n.get(e);return r||n.set(e,r=t.prepare(e)),r}var Se=t=>t===void 0?null:t?1:0,a=t=>t===void 0?null:t,At={"session-start":It,"session-end":kt,prompt:Ct,"bash-pre":xt,"bash-post":vt,"task-check":(t,e)=>Re(t,e.session,e.taskId,e.toolUseId,e.at,e.tool,e.blocking,e.statusSeen,e.exitCode),"task-stop":Dt,"turn-end":wt};function Oe(t,e){return d(t,"INSERT OR IGNORE INTO applied_events (id, kind, at) VALUES (?, ?, ?)").run(e.id,e.kind,e.at).changes===0?!1:(Mt(t,e),At[e.kind](t,e),e.delivered&&d(t,"UPDATE advice SET delivered_at = COALESCE(delivered_at, ?) WHERE event_id = ?").run(e.at,e.delivered),e.backfilled||d(t,"INSERT OR IGNORE INTO hook_runs (event_id, hook, at, wall_ms) VALUES (?, ?, ?, ?)").run(e.id,e.hook,e.at,e.wallMs),!0)}function It(t,e){d(t,"UPDATE sessions SET source = COALESCE(source, ?) WHERE id = ?").run(a(e.source),e.session)}function kt(t,e){d(t,"UPDATE sessions SET ended_at = MAX(COALESCE(ended_at, 0), ?), end_reason = COALESCE(?, end_reason) WHERE id = ?").run(e.at,a(e.reason),e.session)}function Ct(t,e){d(t,"INSERT OR IGNORE INTO prompts (id, session_id, at, kind, intents, chars) VALUES (?, ?, ?, ?, ?, ?)").run(e.promptId??e.id,e.session,e.at,e.promptKind,e.intents.join(","),e.chars),e.notification&&(M(t,e.session,e.notification.taskId),d(t,`UPDATE tasks SET notified_at = COALESCE(notified_at, @at), finished_at = COALESCE(finished_at, @at),
         exit_code = COALESCE(@exit, exit_code), status = CASE WHEN status = 'killed' THEN status ELSE @status END
       WHERE session_id = @session AND id = @id`).run({at:e.at,exit:a(e.notification.exitCode),status:e.notification.status,session:e.session,id:e.notification.taskId}))}function xt(t,e){d(t,`INSERT INTO bash_calls (tool_use_id, session_id, prompt_id, message_id, project, project_id, started_at, signature, command, verdict, category,
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
       duration_source = COALESCE(bash_calls.duration_source, CASE WHEN bash_calls.ended_at IS NOT NULL THEN 'hooks' END)`).run(Le(e))}function vt(t,e){d(t,`INSERT INTO bash_calls (tool_use_id, session_id, prompt_id, message_id, project, project_id, ended_at, signature, command, verdict, category,
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
       duration_source = COALESCE(excluded.duration_source, CASE WHEN bash_calls.started_at IS NOT NULL THEN 'hooks' END)`).run({...Le(e),background:Se(e.background),reason:a(e.backgroundReason),outcome:e.outcome,exitCode:a(e.exitCode),durationMs:a(e.durationMs),durationSource:e.durationMs===void 0?null:a(e.durationSource),taskId:a(e.taskId)}),e.taskId&&(M(t,e.session,e.taskId),d(t,`UPDATE tasks SET tool_use_id = COALESCE(tool_use_id, @toolUseId), started_at = COALESCE(started_at, @at),
         signature = COALESCE(signature, @signature), command = COALESCE(command, @command), category = COALESCE(category, @category)
       WHERE session_id = @session AND id = @id`).run({toolUseId:e.toolUseId,at:e.at,signature:e.signature,command:e.command,category:e.category,session:e.session,id:e.taskId})),e.readsTask&&Re(t,e.session,e.readsTask,e.toolUseId,e.at,"Bash",!1)}function Dt(t,e){M(t,e.session,e.taskId),d(t,`UPDATE tasks SET stopped_at = COALESCE(stopped_at, @at), stopped_by = COALESCE(stopped_by, @tool),
       status = CASE WHEN status IN ('running', 'ended') THEN 'killed' ELSE status END
     WHERE session_id = @session AND id = @id`).run({at:e.at,tool:e.tool,session:e.session,id:e.taskId})}function wt(t,e){if(!e.running)return;for(let r of e.running)M(t,e.session,r.id),d(t,"UPDATE tasks SET running_at_turn_end = MAX(COALESCE(running_at_turn_end, 0), ?), command = COALESCE(command, ?) WHERE session_id = ? AND id = ?").run(e.at,a(r.command),e.session,r.id);let n=e.running.map(()=>"?").join(",");t.prepare(`UPDATE tasks SET status = 'ended', finished_at = COALESCE(finished_at, ?)
     WHERE session_id = ? AND status = 'running' AND started_at <= ?${e.running.length?` AND id NOT IN (${n})`:""}`).run(e.at,e.session,e.at,...e.running.map(r=>r.id))}function ye(t,e,n,r){n&&d(t,`INSERT OR IGNORE INTO advice (event_id, session_id, prompt_id, tool_use_id, at, hook, kind, signature, text, chars, deferred)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(e.id,e.session,a(e.promptId),a(n.toolUseId),e.at,e.hook,n.kind,a(n.signature),n.text,n.text.length,n.deferred?1:0);for(let o of r)d(t,"INSERT OR IGNORE INTO claims (session_id, key, at) VALUES (?, ?, ?)").run(e.session,o,e.at)}function Le(t){return{toolUseId:t.toolUseId,session:t.session,promptId:a(t.promptId),messageId:a(t.messageId),project:a(t.project),projectId:a(t.projectId),at:t.at,signature:t.signature,command:t.command,verdict:t.verdict,category:t.category,estimateS:t.estimateS,estimateSource:t.estimateSource,timeoutMs:a(t.timeoutMs),requested:Se(t.requestedBackground),thresholdMs:t.thresholdMs,backfilled:t.backfilled?1:0}}function Mt(t,e){d(t,`INSERT INTO sessions (id, project, project_id, developer, machine, cwd, started_at, generation)
       VALUES (@id, @project, @projectId, @developer, @machine, @cwd, @at, @generation)
     ON CONFLICT (id) DO UPDATE SET
       project = COALESCE(sessions.project, excluded.project),
       project_id = COALESCE(sessions.project_id, excluded.project_id),
       developer = COALESCE(sessions.developer, excluded.developer),
       machine = COALESCE(sessions.machine, excluded.machine),
       cwd = COALESCE(sessions.cwd, excluded.cwd),
       started_at = MIN(COALESCE(sessions.started_at, excluded.started_at), excluded.started_at),
       generation = COALESCE(sessions.generation, excluded.generation)`).run({id:e.session,project:a(e.project),projectId:a(e.projectId),developer:a(e.developer),machine:a(e.machine),cwd:a(e.cwd),at:e.at,generation:a(e.generation)})}function M(t,e,n){d(t,"INSERT OR IGNORE INTO tasks (session_id, id) VALUES (?, ?)").run(e,n)}var Ut=new Set(["completed","failed","killed"]);function Re(t,e,n,r,o,s,i,p,c){M(t,e,n),d(t,"INSERT OR IGNORE INTO task_checks (tool_use_id, session_id, task_id, at, tool, blocking, status_seen) VALUES (?, ?, ?, ?, ?, ?, ?)").run(r,e,n,o,s,i?1:0,a(p)),p&&Ut.has(p)&&d(t,`UPDATE tasks SET status = CASE WHEN status = 'killed' THEN status ELSE @status END,
         finished_at = COALESCE(finished_at, @at), exit_code = COALESCE(@exit, exit_code)
       WHERE session_id = @session AND id = @id`).run({status:p,at:o,exit:a(c),session:e,id:n})}var oe=64,jt=16*1024*1024;function $t(t){return JSON.parse(he(t,jt).toString("utf8"))}function Ae(t){try{return(0,N.readdirSync)(t).filter(e=>e.endsWith(".json")&&!e.startsWith(".")).sort()}catch{return[]}}function F(t,e,n=1/0,r){let o=Ae(e),s={applied:0,duplicates:0,bad:0,left:0};for(let i=0;i<o.length;i+=oe){if(Date.now()>n){s.left=o.length-i;break}let p=[];for(let c of o.slice(i,i+oe))try{p.push({file:c,event:$t((0,C.join)(e,c))})}catch(h){if(h.code==="ENOENT")continue;(0,N.mkdirSync)((0,C.join)(e,"bad"),{recursive:!0,mode:448});try{(0,N.renameSync)((0,C.join)(e,c),(0,C.join)(e,"bad",c))}catch{}s.bad++}t.transaction(()=>{for(let{event:c}of p){if(!Oe(t,c)){s.duplicates++;continue}s.applied++,(c.advice||c.claims)&&ye(t,c,c.advice,c.claims??[])}}).immediate();for(let{file:c}of p)(0,N.rmSync)((0,C.join)(e,c),{force:!0});r?.(Math.min(i+oe,o.length),o.length)}return s}function Pt(t){let e=ge(t,!1);return e?Ne(e):null}function Ie(t,e,n=1/0,r){let o=Pt(e);return o?F(t,o,n,r):null}var E=require("node:fs"),Et=require("node:module"),pt=require("node:path");var x=require("node:fs"),b=require("node:path"),H="better-sqlite3",Xt={x64:"x86_64",arm64:"aarch64"};function Ft(){if(!(0,x.existsSync)(`/lib/ld-musl-${Xt[process.arch]??process.arch}.so.1`))return!1;try{return/\/ld-musl-[^/\s]*\.so/.test((0,x.readFileSync)("/proc/self/maps","latin1"))}catch{return!1}}function xe(t=process.platform,e=process.arch){return`${t==="linux"&&Ft()?"linuxmusl":t}-${e}`}function ke(t){let e=(0,b.join)(t,"build","Release","better_sqlite3.node");if((0,x.existsSync)(e))return e;let n=(0,b.join)(t,"prebuilds",`${xe()}.node`);return(0,x.existsSync)(n)?n:void 0}function Ht(t){if(!t)return[];let e=(0,b.join)(t,"..","..");return[(0,b.join)(e,"node_modules",H),(0,b.join)(e,"..",H)]}var Ce=22;function Bt(t=process.version){return Number(t.replace(/^v/,"").split(".")[0])<Ce?`Node ${t} is too old: bgtelemetry needs Node ${Ce} or newer`:void 0}function qt(t,e=typeof require=="function"?require.resolve:void 0){let n=Ht(t);for(let r of n){let o=ke(r);if(o)return{path:o}}try{if(e){let r=(0,b.dirname)(e(`${H}/package.json`)),o=ke(r);if(o)return{path:o};n.push(r)}}catch{}return{error:`no ${H} native addon (${xe()}) found in ${n.join(", ")||"any node_modules"}`}}function ve(t){let e=Bt();if(e)return{error:e};let{path:n,error:r}=qt(t);if(!n)return{error:r};try{let o={exports:{}};return process.dlopen(o,n),{addon:o.exports,path:n}}catch(o){return{path:n,error:Gt(n,o.message)}}}function Gt(t,e,n=process.version){return`${t} does not load on Node ${n} (${process.platform}-${process.arch}): ${e}`}var U;function ae(){if(U!==void 0)return U;process.removeAllListeners("warning");try{U=process.getBuiltinModule("node:sqlite")??null}catch{U=null}return U}var ie=class{constructor(e){this.statement=e;e.setAllowUnknownNamedParameters?.(!0)}statement;plucked=!1;run(...e){return this.statement.run(...B(e))}get(...e){let n=this.statement.get(...B(e));return this.plucked&&n?se(n):n}all(...e){let n=this.statement.all(...B(e));return this.plucked?n.map(se):n}*iterate(...e){for(let n of this.statement.iterate(...B(e)))yield this.plucked?se(n):n}pluck(e=!0){return this.plucked=e,this}};function B(t){return t.some(Array.isArray)?t.flat():t}function se(t){for(let e in t)return t[e]}var q=class t{constructor(e){this.db=e}db;depth=0;closed=!1;static connect(e,{busyTimeoutMs:n,readonly:r}){let o=ae();if(!o)throw new Error("node:sqlite is not available in this Node");let s=new t(new o.DatabaseSync(e,{readOnly:r}));return s.db.exec(`PRAGMA busy_timeout = ${Math.max(0,Math.floor(n))}`),s}get open(){return!this.closed}get inTransaction(){return this.db.isTransaction??this.depth>0}prepare(e){return new ie(this.db.prepare(e))}exec(e){return this.db.exec(e),this}pragma(e,n={}){let r=this.prepare(`PRAGMA ${e}`);return n.simple?r.pluck().get():r.all()}transaction(e){let n=r=>()=>this.inside(r,e);return Object.assign(n("BEGIN"),{deferred:n("BEGIN DEFERRED"),immediate:n("BEGIN IMMEDIATE")})}inside(e,n){let r=this.depth>0,o=`bgt_${this.depth}`;this.db.exec(r?`SAVEPOINT ${o}`:e),this.depth++;try{let s=n();return this.db.exec(r?`RELEASE ${o}`:"COMMIT"),s}catch(s){throw this.rollback(r?`ROLLBACK TO ${o}; RELEASE ${o}`:"ROLLBACK"),s}finally{this.depth--}}rollback(e){try{this.db.exec(e)}catch{}}close(){return this.closed||this.db.close(),this.closed=!0,this}};var J=t=>({hour:`COALESCE(${t}.started_at, ${t}.ended_at) / 3600000`,session_id:`${t}.session_id`,project:`${t}.project`,project_id:`${t}.project_id`,signature:`${t}.signature`,backfilled:`${t}.backfilled`,slow:`(CASE WHEN ${t}.verdict IN ('suggest-background', 'must-background') OR COALESCE(${t}.duration_ms, 0) >= ${t}.threshold_ms THEN 1 ELSE 0 END)`,background:`${t}.background`,timed_out:`(CASE WHEN ${t}.outcome = 'timed-out' OR ${t}.background_reason = 'timeout' THEN 1 ELSE 0 END)`}),ce=Object.keys(J("x")),G=t=>Object.entries(J(t)).map(([e,n])=>`call_hours.${e} IS ${n}`).join(" AND "),W=t=>`COALESCE(${t}.started_at, ${t}.ended_at) IS NOT NULL`,De=t=>`
    INSERT INTO call_hours (${ce.join(", ")}, n, ms)
      SELECT ${Object.values(J(t)).join(", ")}, 0, 0 WHERE ${W(t)} AND NOT EXISTS (SELECT 1 FROM call_hours WHERE ${G(t)});
    UPDATE call_hours SET n = n + 1, ms = ms + COALESCE(${t}.duration_ms, 0) WHERE ${W(t)} AND ${G(t)};`,we=t=>`
    UPDATE call_hours SET n = n - 1, ms = ms - COALESCE(${t}.duration_ms, 0) WHERE ${W(t)} AND ${G(t)};
    DELETE FROM call_hours WHERE n = 0 AND ${G(t)};`,Me=t=>`
    INSERT INTO hook_hours (hour, wall_ms, n) VALUES (${t}.at / 3600000, ${t}.wall_ms, 1)
      ON CONFLICT (hour, wall_ms) DO UPDATE SET n = n + 1;`,Ue=t=>`
    UPDATE hook_hours SET n = n - 1 WHERE hour = ${t}.at / 3600000 AND wall_ms = ${t}.wall_ms;
    DELETE FROM hook_hours WHERE n = 0 AND hour = ${t}.at / 3600000 AND wall_ms = ${t}.wall_ms;`,je=`
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
  INSERT INTO call_hours (${ce.join(", ")}, n, ms)
    SELECT ${Object.values(J("b")).join(", ")}, COUNT(*), COALESCE(SUM(b.duration_ms), 0)
    FROM bash_calls b WHERE ${W("b")}
    GROUP BY ${ce.map((t,e)=>e+1).join(", ")};

  CREATE TABLE hook_hours (
    hour INTEGER NOT NULL,
    wall_ms REAL NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (hour, wall_ms)
  ) WITHOUT ROWID;
  INSERT INTO hook_hours (hour, wall_ms, n) SELECT at / 3600000, wall_ms, COUNT(*) FROM hook_runs GROUP BY 1, 2;

  CREATE TRIGGER call_hours_insert AFTER INSERT ON bash_calls BEGIN${De("NEW")}
  END;
  CREATE TRIGGER call_hours_update AFTER UPDATE ON bash_calls BEGIN${we("OLD")}${De("NEW")}
  END;
  CREATE TRIGGER call_hours_delete AFTER DELETE ON bash_calls BEGIN${we("OLD")}
  END;
  CREATE TRIGGER hook_hours_insert AFTER INSERT ON hook_runs BEGIN${Me("NEW")}
  END;
  CREATE TRIGGER hook_hours_update AFTER UPDATE OF at, wall_ms ON hook_runs BEGIN${Ue("OLD")}${Me("NEW")}
  END;
  CREATE TRIGGER hook_hours_delete AFTER DELETE ON hook_runs BEGIN${Ue("OLD")}
  END;
`;var $e=`CREATE VIEW task_states AS
  SELECT t.*,
    (SELECT COUNT(*) FROM task_checks c WHERE c.session_id = t.session_id AND c.task_id = t.id) AS checks,
    CASE
      WHEN t.stopped_at IS NOT NULL THEN 'stopped'
      WHEN EXISTS (SELECT 1 FROM task_checks c WHERE c.session_id = t.session_id AND c.task_id = t.id) THEN 'checked'
      WHEN t.status IN ('completed', 'failed', 'ended') THEN 'unchecked-finished'
      WHEN s.ended_at IS NOT NULL THEN 'orphaned'
      ELSE 'unchecked-running'
    END AS state
  FROM tasks t LEFT JOIN sessions s ON s.id = t.session_id;`,Pe=`prompt_id TEXT,
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
    ${Pe}
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
  ${$e}

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
    ${Pe},
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

  ${$e}

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
  `},{cost:"heavy",sql:je}],A=j.length;var hn={},f=class extends Error{constructor(n,r){super(r);this.kind=n}kind},te;function dn(){if(typeof __dirname=="string"){if(te??=ve(__dirname),!te.addon)throw new f("binding",te.error??"the SQLite binding did not load");return te.addon}}var un={5:"SQLITE_BUSY",6:"SQLITE_LOCKED",11:"SQLITE_CORRUPT",26:"SQLITE_NOTADB"};function ln(t){let{code:e="",errcode:n}=t??{};return e==="ERR_SQLITE_ERROR"&&typeof n=="number"?un[n&255]??`SQLITE_ERROR_${n}`:e}function En(t){if(t instanceof f)return t;let e=ln(t),n=t?.message??String(t);return e==="ERR_DLOPEN_FAILED"||e==="MODULE_NOT_FOUND"&&/better[-_]sqlite3/.test(n)?new f("binding",n):e==="SQLITE_BUSY"||e==="SQLITE_LOCKED"||e.startsWith("SQLITE_BUSY_")?new f("busy",n):e==="SQLITE_NOTADB"||e==="SQLITE_CORRUPT"||e.startsWith("SQLITE_CORRUPT_")?new f("corrupt",n):new f("unavailable",`${e?e+": ":""}${n}`)}function pn(t){let e;try{e=(0,E.statSync)(t).isFile()}catch{return}if(!e)throw new f("unavailable","not a regular file (a FIFO, device or directory): SQLite cannot use it")}function pe(t=process.env){return t.BGTELEMETRY_SQLITE_DRIVER!=="better-sqlite3"&&ae()?"node:sqlite":"better-sqlite3"}var fn={"node:sqlite":q.connect,"better-sqlite3":(t,e)=>Tn(t,e)};function ft(t,e,n=pe()){return mn(fn[n],t,e)}function mn(t,e,n){let r;try{pn(e);let o=n.readonly===!0;return o||((0,E.mkdirSync)((0,pt.dirname)(e),{recursive:!0,mode:448}),(0,E.existsSync)(e)||gn(t,e)),r=t(e,{busyTimeoutMs:n.busyTimeoutMs,readonly:o}),r.pragma("synchronous = NORMAL"),mt(r,{readonly:o,heavy:n.heavyMigrations,onStep:n.onMigration}),r}catch(o){throw r?.close(),En(o)}}function _n(){return typeof require=="function"?lt():(0,Et.createRequire)(hn.url)("better-sqlite3")}function Tn(t,{busyTimeoutMs:e,readonly:n}){let r=_n();return new r(t,{timeout:e,readonly:n,fileMustExist:n,nativeBinding:dn()})}function gn(t,e){let n=`${e}.${process.pid}.new`;try{let r=t(n,{busyTimeoutMs:0,readonly:!1});try{(0,E.chmodSync)(n,384),mt(r)}finally{r.close()}try{(0,E.linkSync)(n,e)}catch(o){if(o.code!=="EEXIST"){if((0,E.existsSync)(e))return;(0,E.renameSync)(n,e)}}}finally{for(let r of["","-wal","-shm","-journal"])(0,E.rmSync)(n+r,{force:!0})}}function Nn(t){return j.slice(t).some(e=>e.cost==="heavy")}function mt(t,{readonly:e=!1,heavy:n="run",onStep:r}={}){let o=t.pragma("user_version",{simple:!0});if(o!==A){if(o>A)throw new f("unavailable",`the database has schema version ${o}, newer than this bgtelemetry understands (${A}): upgrade bgtelemetry`);if(e)throw new f("unavailable",`the database has schema version ${o} and needs a migration to ${A}`);if(n==="defer"&&Nn(o))throw new f("migrating",`the database has schema version ${o}; its migration to ${A} runs in the background`);t.pragma("journal_mode = WAL"),t.transaction(()=>{for(let s=t.pragma("user_version",{simple:!0});s<A;s++)r?.({from:s,to:s+1,cost:j[s].cost}),t.exec(j[s].sql),t.pragma(`user_version = ${s+1}`)}).immediate()}}var _r=3600*1e3;var Rr=600*1e3,bn=600*1e3,Sn=t=>`${t}.migrating`,_t=t=>`${t}.migration-failed`;function Tt(t,e){let n=Sn(t);(0,O.writeFileSync)(n,String(process.pid),{mode:384});try{let r=ft(t,{busyTimeoutMs:bn},pe(e));try{F(r,me(e)),Ie(r,e)}finally{r.close()}return(0,O.rmSync)(_t(t),{force:!0}),!0}catch(r){let o={at:Date.now(),message:r?.message??String(r)};return(0,O.writeFileSync)(_t(t),JSON.stringify(o),{mode:384}),!1}finally{(0,O.rmSync)(n,{force:!0})}}var gt=process.argv[2];gt&&(process.exitCode=Tt(gt,process.env)?0:1);
