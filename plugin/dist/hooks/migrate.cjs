"use strict";var l=(t,e)=>()=>{try{return e||t((e={exports:{}}).exports,e),e.exports}catch(n){throw e=0,n}};var x=l(V=>{"use strict";V.getBooleanOption=(t,e)=>{let n=!1;if(e in t&&typeof(n=t[e])!="boolean")throw new TypeError(`Expected the "${e}" option to be a boolean`);return n};V.cppdb=Symbol();V.inspect=Symbol.for("nodejs.util.inspect.custom")});var Ee=l((lr,Ye)=>{"use strict";var Q=class t extends Error{constructor(e,n){if(typeof n!="string")throw new TypeError("Expected second argument to be a string");super(""+e),this.code=n,typeof Error.captureStackTrace=="function"&&Error.captureStackTrace(this,t)}};Object.defineProperty(Q.prototype,"name",{value:"SqliteError",writable:!0,enumerable:!1,configurable:!0});Ye.exports=Q});var Je=l(b=>{"use strict";var{cppdb:m}=x();b.prepare=function(e){return this[m].prepare(e,this,!1,!1)};b.exec=function(e){return this[m].exec(e),this};b.close=function(){return this[m].close(),this};b.loadExtension=function(...e){return this[m].loadExtension(...e),this};b.defaultSafeIntegers=function(...e){return this[m].defaultSafeIntegers(...e),this};b.unsafeMode=function(...e){return this[m].unsafeMode(...e),this};b.getters={name:{get:function(){return this[m].name},enumerable:!0},open:{get:function(){return this[m].open},enumerable:!0},inTransaction:{get:function(){return this[m].inTransaction},enumerable:!0},readonly:{get:function(){return this[m].readonly},enumerable:!0},memory:{get:function(){return this[m].memory},enumerable:!0}}});var Qe=l((Er,Ve)=>{"use strict";var{cppdb:tn}=x(),Ke=new WeakMap;Ve.exports=function(e){if(typeof e!="function")throw new TypeError("Expected first argument to be a function");let n=this[tn],r=nn(n,this),{apply:o}=Function.prototype,s={default:{value:z(o,e,n,r.default)},deferred:{value:z(o,e,n,r.deferred)},immediate:{value:z(o,e,n,r.immediate)},exclusive:{value:z(o,e,n,r.exclusive)},database:{value:this,enumerable:!0}};return Object.defineProperties(s.default.value,s),Object.defineProperties(s.deferred.value,s),Object.defineProperties(s.immediate.value,s),Object.defineProperties(s.exclusive.value,s),s.default.value};var nn=(t,e)=>{let n=Ke.get(t);if(!n){let r={commit:t.prepare("COMMIT",e,!1,!1),rollback:t.prepare("ROLLBACK",e,!1,!1),savepoint:t.prepare("SAVEPOINT `	_bs3.	`",e,!1,!1),release:t.prepare("RELEASE `	_bs3.	`",e,!1,!1),rollbackTo:t.prepare("ROLLBACK TO `	_bs3.	`",e,!1,!1)};Ke.set(t,n={default:Object.assign({begin:t.prepare("BEGIN",e,!1,!1)},r),deferred:Object.assign({begin:t.prepare("BEGIN DEFERRED",e,!1,!1)},r),immediate:Object.assign({begin:t.prepare("BEGIN IMMEDIATE",e,!1,!1)},r),exclusive:Object.assign({begin:t.prepare("BEGIN EXCLUSIVE",e,!1,!1)},r)})}return n},z=(t,e,n,{begin:r,commit:o,rollback:s,savepoint:i,release:p,rollbackTo:c})=>function(){let L,A,C;n.inTransaction?(L=i,A=p,C=c):(L=r,A=o,C=s),L.run();try{let N=t.call(e,this,arguments);if(N&&typeof N.then=="function")throw new TypeError("Transaction function cannot return a promise");return A.run(),N}catch(N){throw n.inTransaction&&(C.run(),C!==s&&A.run()),N}}});var Ze=l((pr,ze)=>{"use strict";var{getBooleanOption:rn,cppdb:on}=x();ze.exports=function(e,n){if(n==null&&(n={}),typeof e!="string")throw new TypeError("Expected first argument to be a string");if(typeof n!="object")throw new TypeError("Expected second argument to be an options object");let r=rn(n,"simple"),o=this[on].prepare(`PRAGMA ${e}`,this,!0,!1);return r?o.pluck().get():o.all()}});var tt=l((_r,et)=>{"use strict";var{cppdb:sn}=x();et.exports=function(e){if(typeof e!="string")throw new TypeError("Expected first argument to be a string");return this[sn].prepare(`EXPLAIN ${e}`,this,!1,!0).all()}});var rt=l((Tr,nt)=>{nt.exports=function(){throw new Error("not available in a bgtelemetry hook")}});var st=l((fr,ot)=>{ot.exports=function(){throw new Error("not available in a bgtelemetry hook")}});var at=l((mr,it)=>{it.exports=function(){throw new Error("not available in a bgtelemetry hook")}});var dt=l((Nr,ct)=>{ct.exports=function(){throw new Error("not available in a bgtelemetry hook")}});var ut=l((gr,lt)=>{lt.exports=function(){throw new Error("not available in a bgtelemetry hook")}});var pt=l((hr,Et)=>{Et.exports=function(){throw new Error("not available in a bgtelemetry hook")}});var Tt=l((Rr,_t)=>{"use strict";var an=require("fs"),cn=require("path"),Z=x(),dn=Ee();_t.exports=function(e,n){function r(s,i){if(new.target==null)return new r(s,i);let p,c;if(Buffer.isBuffer(s))p=s,s=":memory:";else if(typeof s=="number"){if(!Number.isInteger(s)||s<0||s>2147483647)throw new TypeError("Expected the file descriptor to be a non-negative 32-bit integer");c=s,s=`fd:${c}`}if(s==null&&(s=""),i==null&&(i={}),typeof s!="string")throw new TypeError("Expected first argument to be a string");if(typeof i!="object")throw new TypeError("Expected second argument to be an options object");if("readOnly"in i)throw new TypeError('Misspelled option "readOnly" should be "readonly"');if("memory"in i)throw new TypeError('Option "memory" was removed in v7.0.0 (use ":memory:" filename instead)');let R=s.trim(),L=R===""||R===":memory:",A=Z.getBooleanOption(i,"readonly"),C=Z.getBooleanOption(i,"fileMustExist"),N="timeout"in i?i.timeout:5e3,oe="verbose"in i?i.verbose:null,P="nativeBinding"in i?i.nativeBinding:null,y="journalFd"in i?i.journalFd:void 0;if(A&&L&&!p)throw new TypeError("In-memory/temporary databases cannot be readonly");if(!Number.isInteger(N)||N<0)throw new TypeError('Expected the "timeout" option to be a positive integer');if(N>2147483647)throw new RangeError('Option "timeout" cannot be greater than 2147483647');if(oe!=null&&typeof oe!="function")throw new TypeError('Expected the "verbose" option to be a function');if(c!==void 0&&y===void 0)throw new TypeError('The "journalFd" option is required when opening a database from a file descriptor');if(c===void 0&&y!==void 0)throw new TypeError('The "journalFd" option can only be used when opening a database from a file descriptor');if(y!==void 0&&!(Number.isInteger(y)&&y>=0&&y<=2147483647))throw new TypeError('Expected the "journalFd" option to be a non-negative 32-bit integer');if(!n&&"nativeBinding"in i)throw new TypeError('The "nativeBinding" option is only supported by the default better-sqlite3 entrypoint');if(n&&P!=null&&typeof P!="string"&&typeof P!="object")throw new TypeError('Expected the "nativeBinding" option to be a string or addon object');let F=e(P);if(F.isInitialized||(F.initialize(dn,ln,un,En,pn),F.isInitialized=!0),c===void 0&&!L&&!R.startsWith("file:")&&!an.existsSync(cn.dirname(R)))throw new TypeError("Cannot open database because the directory does not exist");Object.defineProperties(this,{[Z.cppdb]:{value:new F.Database(R,s,L,A,C,N,oe||null,p||null,c??null,y??null)},...o.getters})}let o=Je();return r.prototype.prepare=o.prepare,r.prototype.transaction=Qe(),r.prototype.pragma=Ze(),r.prototype.explain=tt(),r.prototype.backup=rt(),r.prototype.serialize=st(),r.prototype.function=at(),r.prototype.aggregate=dt(),r.prototype.table=ut(),r.prototype.loadExtension=o.loadExtension,r.prototype.exec=o.exec,r.prototype.close=o.close,r.prototype.defaultSafeIntegers=o.defaultSafeIntegers,r.prototype.unsafeMode=o.unsafeMode,r.prototype[Z.inspect]=pt(),r};function ln(...t){return t}function un(t,...e){let n=t.length;for(let r=0;r<e.length;++r)t[n+r]=e[r]}function En(...t){if(!t.includes("__proto__")){let e=t.map((r,o)=>`v${o}`).join(","),n=t.map((r,o)=>`${JSON.stringify(r)}:v${o}`).join(",");return Function(`return (${e}) => ({${n}})`)()}return(...e)=>{let n={};for(let r=0;r<t.length;++r)n[t[r]]=e[r];return n}}function pn(t){return{value:t,done:!1}}});var mt=l((_e,ft)=>{"use strict";var ne=require("fs"),te=require("path"),_n=["linux","darwin","win32"],Tn=["x64","arm64"],ee;function fn(t){if(typeof t=="string")return(typeof __non_webpack_require__=="function"?__non_webpack_require__:require)(te.resolve(t).replace(/(\.node)?$/,".node"));if(typeof t=="object"&&t!==null)return t;if(ee)return ee;let e=te.join(__dirname,"..","build","Debug","better_sqlite3.node");return ne.existsSync(e)||(e=te.join(__dirname,"..","build","Release","better_sqlite3.node")),ne.existsSync(e)?ee=require(e):ee=require(pe()||e)}function pe(){if(_n.includes(process.platform)&&Tn.includes(process.arch)){let t=`${mn()?"linuxmusl":process.platform}-${process.arch}`,e=te.join(__dirname,"..","prebuilds",`${t}.node`);if(ne.existsSync(e))return e}return null}function mn(){if(process.platform!=="linux")return!1;try{let n=ne.readFileSync("/proc/self/maps","latin1");if(/\/ld-musl-[^/\s]*\.so/.test(n))return!0;if(/\/(?:ld-linux[^/\s]*|libc)\.so\.\d/.test(n))return!1}catch{}let{report:t}=process,e=t.excludeNetwork;t.excludeNetwork=!0;try{return!t.getReport().header.glibcVersionRuntime}finally{t.excludeNetwork=e}}_e.getBinding=fn;_e.getPrebuildPath=pe;require.main===ft&&process.stdout.write(pe()?"1":"0")});var Nt=l((Or,Te)=>{"use strict";Te.exports=Tt()(mt().getBinding,!0);Te.exports.SqliteError=Ee()});var S=require("node:fs");var me=require("node:os"),G=require("node:path");function At(t=process.env){return t.CLAUDE_CONFIG_DIR||(0,G.join)(t.HOME||(0,me.homedir)(),".claude")}function w(t=process.env){return t.BGTELEMETRY_HOME||(0,G.join)(At(t),"bgtelemetry")}function Ne(t=process.env){return(0,G.join)(w(t),"spool")}var u=require("node:fs");var Un=1024*1024;var $n=u.constants.O_WRONLY|u.constants.O_APPEND|u.constants.O_CREAT|(u.constants.O_NONBLOCK??0);var k=require("node:fs"),he=require("node:os"),g=require("node:path");function ge(t){let e=2166136261;for(let n=0;n<t.length;n++)e^=t.charCodeAt(n),e=Math.imul(e,16777619);return(e>>>0).toString(36)}function se(t=process.env){let n=(t.XDG_RUNTIME_DIR&&(0,g.isAbsolute)(t.XDG_RUNTIME_DIR)?t.XDG_RUNTIME_DIR:void 0)||(t.TMPDIR&&(0,g.isAbsolute)(t.TMPDIR)?t.TMPDIR:(0,he.tmpdir)());return(0,g.join)(n,`bgtelemetry-${process.getuid?.()??"user"}`)}function yt(t=process.env){return(0,g.join)(se(t),ge((0,g.resolve)(w(t))))}function It(t){let e;try{e=(0,k.lstatSync)(t)}catch{return null}if(e.isSymbolicLink())return`${t} is a symbolic link`;if(!e.isDirectory())return`${t} is not a directory`;let n=process.getuid?.();return n!==void 0&&e.uid!==n?`${t} belongs to another user (uid ${e.uid})`:(e.mode&63)!==0?`${t} can be entered by other users (mode ${(e.mode&511).toString(8)})`:null}function Re(t=process.env,e=!1){let n=se(t);try{e&&(0,k.mkdirSync)(n,{mode:448})}catch(r){if(r.code!=="EEXIST")return null}if(It(n))return null;try{let r=yt(t);return e?(0,k.mkdirSync)(r,{recursive:!0,mode:448}):(0,k.lstatSync)(r),r}catch{return null}}function Oe(t){return(0,g.join)(t,"spool")}var h=require("node:fs"),v=require("node:path");var T=require("node:fs"),Ct=T.constants.O_RDONLY|(T.constants.O_NONBLOCK??0),M=class extends Error{constructor(n,r){super(n);this.kind=r}kind;code="EREFUSED"},kt=[[t=>t.isFIFO(),"a FIFO"],[t=>t.isDirectory(),"a directory"],[t=>t.isSocket(),"a socket"],[t=>t.isCharacterDevice(),"a character device"],[t=>t.isBlockDevice(),"a block device"]];function vt(t,e){let n=kt.find(([r])=>r(e))?.[1]??"an unknown kind of file";return new M(`${t} is not a regular file (${n})`,n)}function Dt(t,e,n){let r=(0,T.openSync)(t,Ct);try{let o=(0,T.fstatSync)(r);if(!o.isFile())throw vt(t,o);if(n&&!n(o))throw new M(`${t} is not acceptable (owner or mode)`);return e(r,o.size)}finally{(0,T.closeSync)(r)}}function xt(t,e,n){let r=Buffer.allocUnsafe(e),o=0;for(;o<e;){let s=(0,T.readSync)(t,r,o,e-o,n+o);if(s===0)break;o+=s}return r.subarray(0,o)}function be(t,e,n){return Dt(t,(r,o)=>{if(o>e)throw new M(`${t} is larger than ${e} bytes`);return xt(r,o,0)},n)}var Se=new WeakMap;function d(t,e){let n=Se.get(t);n||Se.set(t,n=new Map);let r=n.get(e);return r||n.set(e,r=t.prepare(e)),r}var Le=t=>t===void 0?null:t?1:0,a=t=>t===void 0?null:t,wt={"session-start":Mt,"session-end":Ut,prompt:$t,"bash-pre":jt,"bash-post":Pt,"task-check":(t,e)=>Ce(t,e.session,e.taskId,e.toolUseId,e.at,e.tool,e.blocking,e.statusSeen,e.exitCode),"task-stop":Ft,"turn-end":Gt};function Ae(t,e){return d(t,"INSERT OR IGNORE INTO applied_events (id, kind, at) VALUES (?, ?, ?)").run(e.id,e.kind,e.at).changes===0?!1:(Xt(t,e),wt[e.kind](t,e),e.delivered&&d(t,"UPDATE advice SET delivered_at = COALESCE(delivered_at, ?) WHERE event_id = ?").run(e.at,e.delivered),e.backfilled||d(t,"INSERT OR IGNORE INTO hook_runs (event_id, hook, at, wall_ms) VALUES (?, ?, ?, ?)").run(e.id,e.hook,e.at,e.wallMs),!0)}function Mt(t,e){d(t,"UPDATE sessions SET source = COALESCE(source, ?) WHERE id = ?").run(a(e.source),e.session)}function Ut(t,e){d(t,"UPDATE sessions SET ended_at = MAX(COALESCE(ended_at, 0), ?), end_reason = COALESCE(?, end_reason) WHERE id = ?").run(e.at,a(e.reason),e.session)}function $t(t,e){d(t,"INSERT OR IGNORE INTO prompts (id, session_id, at, kind, intents, chars) VALUES (?, ?, ?, ?, ?, ?)").run(e.promptId??e.id,e.session,e.at,e.promptKind,e.intents.join(","),e.chars),e.notification&&(U(t,e.session,e.notification.taskId),d(t,`UPDATE tasks SET notified_at = COALESCE(notified_at, @at), finished_at = COALESCE(finished_at, @at),
         exit_code = COALESCE(@exit, exit_code), status = CASE WHEN status = 'killed' THEN status ELSE @status END
       WHERE session_id = @session AND id = @id`).run({at:e.at,exit:a(e.notification.exitCode),status:e.notification.status,session:e.session,id:e.notification.taskId}))}function jt(t,e){d(t,`INSERT INTO bash_calls (tool_use_id, session_id, prompt_id, message_id, project, project_id, started_at, signature, command, verdict, category,
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
       duration_source = COALESCE(bash_calls.duration_source, CASE WHEN bash_calls.ended_at IS NOT NULL THEN 'hooks' END)`).run(Ie(e))}function Pt(t,e){d(t,`INSERT INTO bash_calls (tool_use_id, session_id, prompt_id, message_id, project, project_id, ended_at, signature, command, verdict, category,
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
       duration_source = COALESCE(excluded.duration_source, CASE WHEN bash_calls.started_at IS NOT NULL THEN 'hooks' END)`).run({...Ie(e),background:Le(e.background),reason:a(e.backgroundReason),outcome:e.outcome,exitCode:a(e.exitCode),durationMs:a(e.durationMs),durationSource:e.durationMs===void 0?null:a(e.durationSource),taskId:a(e.taskId)}),e.taskId&&(U(t,e.session,e.taskId),d(t,`UPDATE tasks SET tool_use_id = COALESCE(tool_use_id, @toolUseId), started_at = COALESCE(started_at, @at),
         signature = COALESCE(signature, @signature), command = COALESCE(command, @command), category = COALESCE(category, @category)
       WHERE session_id = @session AND id = @id`).run({toolUseId:e.toolUseId,at:e.at,signature:e.signature,command:e.command,category:e.category,session:e.session,id:e.taskId})),e.readsTask&&Ce(t,e.session,e.readsTask,e.toolUseId,e.at,"Bash",!1)}function Ft(t,e){U(t,e.session,e.taskId),d(t,`UPDATE tasks SET stopped_at = COALESCE(stopped_at, @at), stopped_by = COALESCE(stopped_by, @tool),
       status = CASE WHEN status IN ('running', 'ended') THEN 'killed' ELSE status END
     WHERE session_id = @session AND id = @id`).run({at:e.at,tool:e.tool,session:e.session,id:e.taskId})}function Gt(t,e){if(!e.running)return;for(let r of e.running)U(t,e.session,r.id),d(t,"UPDATE tasks SET running_at_turn_end = MAX(COALESCE(running_at_turn_end, 0), ?), command = COALESCE(command, ?) WHERE session_id = ? AND id = ?").run(e.at,a(r.command),e.session,r.id);let n=e.running.map(()=>"?").join(",");t.prepare(`UPDATE tasks SET status = 'ended', finished_at = COALESCE(finished_at, ?)
     WHERE session_id = ? AND status = 'running' AND started_at <= ?${e.running.length?` AND id NOT IN (${n})`:""}`).run(e.at,e.session,e.at,...e.running.map(r=>r.id))}function ye(t,e,n,r){n&&d(t,`INSERT OR IGNORE INTO advice (event_id, session_id, prompt_id, tool_use_id, at, hook, kind, signature, text, chars, deferred)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(e.id,e.session,a(e.promptId),a(n.toolUseId),e.at,e.hook,n.kind,a(n.signature),n.text,n.text.length,n.deferred?1:0);for(let o of r)d(t,"INSERT OR IGNORE INTO claims (session_id, key, at) VALUES (?, ?, ?)").run(e.session,o,e.at)}function Ie(t){return{toolUseId:t.toolUseId,session:t.session,promptId:a(t.promptId),messageId:a(t.messageId),project:a(t.project),projectId:a(t.projectId),at:t.at,signature:t.signature,command:t.command,verdict:t.verdict,category:t.category,estimateS:t.estimateS,estimateSource:t.estimateSource,timeoutMs:a(t.timeoutMs),requested:Le(t.requestedBackground),thresholdMs:t.thresholdMs,backfilled:t.backfilled?1:0}}function Xt(t,e){d(t,`INSERT INTO sessions (id, project, project_id, developer, machine, cwd, started_at, generation)
       VALUES (@id, @project, @projectId, @developer, @machine, @cwd, @at, @generation)
     ON CONFLICT (id) DO UPDATE SET
       project = COALESCE(sessions.project, excluded.project),
       project_id = COALESCE(sessions.project_id, excluded.project_id),
       developer = COALESCE(sessions.developer, excluded.developer),
       machine = COALESCE(sessions.machine, excluded.machine),
       cwd = COALESCE(sessions.cwd, excluded.cwd),
       started_at = MIN(COALESCE(sessions.started_at, excluded.started_at), excluded.started_at),
       generation = COALESCE(sessions.generation, excluded.generation)`).run({id:e.session,project:a(e.project),projectId:a(e.projectId),developer:a(e.developer),machine:a(e.machine),cwd:a(e.cwd),at:e.at,generation:a(e.generation)})}function U(t,e,n){d(t,"INSERT OR IGNORE INTO tasks (session_id, id) VALUES (?, ?)").run(e,n)}var Ht=new Set(["completed","failed","killed"]);function Ce(t,e,n,r,o,s,i,p,c){U(t,e,n),d(t,"INSERT OR IGNORE INTO task_checks (tool_use_id, session_id, task_id, at, tool, blocking, status_seen) VALUES (?, ?, ?, ?, ?, ?, ?)").run(r,e,n,o,s,i?1:0,a(p)),p&&Ht.has(p)&&d(t,`UPDATE tasks SET status = CASE WHEN status = 'killed' THEN status ELSE @status END,
         finished_at = COALESCE(finished_at, @at), exit_code = COALESCE(@exit, exit_code)
       WHERE session_id = @session AND id = @id`).run({status:p,at:o,exit:a(c),session:e,id:n})}var ie=64,Bt=16*1024*1024;function Wt(t){return JSON.parse(be(t,Bt).toString("utf8"))}function ke(t){try{return(0,h.readdirSync)(t).filter(e=>e.endsWith(".json")&&!e.startsWith(".")).sort()}catch{return[]}}function X(t,e,n=1/0,r){let o=ke(e),s={applied:0,duplicates:0,bad:0,left:0};for(let i=0;i<o.length;i+=ie){if(Date.now()>n){s.left=o.length-i;break}let p=[];for(let c of o.slice(i,i+ie))try{p.push({file:c,event:Wt((0,v.join)(e,c))})}catch(R){if(R.code==="ENOENT")continue;(0,h.mkdirSync)((0,v.join)(e,"bad"),{recursive:!0,mode:448});try{(0,h.renameSync)((0,v.join)(e,c),(0,v.join)(e,"bad",c))}catch{}s.bad++}t.transaction(()=>{for(let{event:c}of p){if(!Ae(t,c)){s.duplicates++;continue}s.applied++,(c.advice||c.claims)&&ye(t,c,c.advice,c.claims??[])}}).immediate();for(let{file:c}of p)(0,h.rmSync)((0,v.join)(e,c),{force:!0});r?.(Math.min(i+ie,o.length),o.length)}return s}function qt(t){let e=Re(t,!1);return e?Oe(e):null}function ve(t,e,n=1/0,r){let o=qt(e);return o?X(t,o,n,r):null}var E=require("node:fs"),gt=require("node:module"),ht=require("node:path");var D=require("node:fs"),O=require("node:path"),H="better-sqlite3",Yt={x64:"x86_64",arm64:"aarch64"};function Jt(){if(!(0,D.existsSync)(`/lib/ld-musl-${Yt[process.arch]??process.arch}.so.1`))return!1;try{return/\/ld-musl-[^/\s]*\.so/.test((0,D.readFileSync)("/proc/self/maps","latin1"))}catch{return!1}}function we(t=process.platform,e=process.arch){return`${t==="linux"&&Jt()?"linuxmusl":t}-${e}`}function De(t){let e=(0,O.join)(t,"build","Release","better_sqlite3.node");if((0,D.existsSync)(e))return e;let n=(0,O.join)(t,"prebuilds",`${we()}.node`);return(0,D.existsSync)(n)?n:void 0}function Kt(t){if(!t)return[];let e=(0,O.join)(t,"..","..");return[(0,O.join)(e,"node_modules",H),(0,O.join)(e,"..",H)]}var xe=22;function Vt(t=process.version){return Number(t.replace(/^v/,"").split(".")[0])<xe?`Node ${t} is too old: bgtelemetry needs Node ${xe} or newer`:void 0}function Qt(t,e=typeof require=="function"?require.resolve:void 0){let n=Kt(t);for(let r of n){let o=De(r);if(o)return{path:o}}try{if(e){let r=(0,O.dirname)(e(`${H}/package.json`)),o=De(r);if(o)return{path:o};n.push(r)}}catch{}return{error:`no ${H} native addon (${we()}) found in ${n.join(", ")||"any node_modules"}`}}function Me(t){let e=Vt();if(e)return{error:e};let{path:n,error:r}=Qt(t);if(!n)return{error:r};try{let o={exports:{}};return process.dlopen(o,n),{addon:o.exports,path:n}}catch(o){return{path:n,error:zt(n,o.message)}}}function zt(t,e,n=process.version){return`${t} does not load on Node ${n} (${process.platform}-${process.arch}): ${e}`}var $;function de(){if($!==void 0)return $;process.removeAllListeners("warning");try{$=process.getBuiltinModule("node:sqlite")??null}catch{$=null}return $}var ce=class{constructor(e){this.statement=e;e.setAllowUnknownNamedParameters?.(!0)}statement;plucked=!1;run(...e){return this.statement.run(...B(e))}get(...e){let n=this.statement.get(...B(e));return this.plucked&&n?ae(n):n}all(...e){let n=this.statement.all(...B(e));return this.plucked?n.map(ae):n}*iterate(...e){for(let n of this.statement.iterate(...B(e)))yield this.plucked?ae(n):n}pluck(e=!0){return this.plucked=e,this}};function B(t){return t.some(Array.isArray)?t.flat():t}function ae(t){for(let e in t)return t[e]}var W=class t{constructor(e){this.db=e}db;depth=0;closed=!1;static connect(e,{busyTimeoutMs:n,readonly:r}){let o=de();if(!o)throw new Error("node:sqlite is not available in this Node");let s=new t(new o.DatabaseSync(e,{readOnly:r}));return s.db.exec(`PRAGMA busy_timeout = ${Math.max(0,Math.floor(n))}`),s}get open(){return!this.closed}get inTransaction(){return this.db.isTransaction??this.depth>0}prepare(e){return new ce(this.db.prepare(e))}exec(e){return this.db.exec(e),this}pragma(e,n={}){let r=this.prepare(`PRAGMA ${e}`);return n.simple?r.pluck().get():r.all()}transaction(e){let n=r=>()=>this.inside(r,e);return Object.assign(n("BEGIN"),{deferred:n("BEGIN DEFERRED"),immediate:n("BEGIN IMMEDIATE")})}inside(e,n){let r=this.depth>0,o=`bgt_${this.depth}`;this.db.exec(r?`SAVEPOINT ${o}`:e),this.depth++;try{let s=n();return this.db.exec(r?`RELEASE ${o}`:"COMMIT"),s}catch(s){throw this.rollback(r?`ROLLBACK TO ${o}; RELEASE ${o}`:"ROLLBACK"),s}finally{this.depth--}}rollback(e){try{this.db.exec(e)}catch{}}close(){return this.closed||this.db.close(),this.closed=!0,this}};function Zt(t){let e=`replace(${t}, '\\', '/')`;return`replace(${e}, rtrim(${e}, replace(${e}, '/', '')), '')`}var en=t=>`COALESCE(${t}.project_id, ${Zt(`${t}.project`)})`,Ue=t=>`COALESCE((SELECT ${t("b")} FROM bash_calls b WHERE b.session_id = a.session_id AND b.tool_use_id = a.tool_use_id), (SELECT ${t("s")} FROM sessions s WHERE s.id = a.session_id))`,$e='event_id, session_id, at, shown, kind, signature, project, project_id, followed, "right", call_fg_ms',je=t=>`
    SELECT a.event_id, a.session_id, a.at,
      CASE WHEN a.deferred = 0 OR a.delivered_at IS NOT NULL THEN 1 ELSE 0 END,
      a.kind, a.signature, ${Ue(e=>`${e}.project`)}, ${Ue(en)}, a.followed, a."right",
      (SELECT CASE WHEN COALESCE(b.background, 0) <> 1 THEN b.duration_ms END FROM bash_calls b WHERE b.session_id = a.session_id AND b.tool_use_id = a.tool_use_id)
    FROM advice_outcomes a WHERE ${t}`,f=(t,e)=>`
    DELETE FROM advice_facts WHERE event_id IN (SELECT a.event_id FROM advice a WHERE a.session_id = ${t} AND (${e}));
    INSERT INTO advice_facts (${$e}) ${je(`a.session_id = ${t} AND (${e})`)};`,q=(t,e="IS")=>`a.tool_use_id = ${t}.tool_use_id OR (${t}.background = 1 AND a.prompt_id ${e} ${t}.prompt_id AND a.at < ${t}.started_at)`,le=t=>`a.tool_use_id IN (SELECT c.tool_use_id FROM bash_calls c WHERE c.session_id = ${t}.session_id AND c.task_id = ${t}.id)`,Pe=`
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
  INSERT INTO advice_facts (${$e}) ${je("TRUE")};

  CREATE TRIGGER advice_facts_advice_insert AFTER INSERT ON advice BEGIN${f("NEW.session_id","a.event_id = NEW.event_id")}
  END;
  CREATE TRIGGER advice_facts_advice_update AFTER UPDATE ON advice BEGIN
    DELETE FROM advice_facts WHERE event_id = OLD.event_id;${f("NEW.session_id","a.event_id = NEW.event_id")}
  END;
  CREATE TRIGGER advice_facts_advice_delete AFTER DELETE ON advice BEGIN
    DELETE FROM advice_facts WHERE event_id = OLD.event_id;
  END;
  CREATE TRIGGER advice_facts_call_insert AFTER INSERT ON bash_calls BEGIN${f("NEW.session_id",q("NEW"))}
  END;
  CREATE TRIGGER advice_facts_call_update AFTER UPDATE ON bash_calls BEGIN${f("OLD.session_id",`${q("OLD")} OR ${q("NEW")}`)}
  END;
  CREATE TRIGGER advice_facts_call_delete AFTER DELETE ON bash_calls BEGIN${f("OLD.session_id",q("OLD"))}
  END;
  CREATE TRIGGER advice_facts_task_insert AFTER INSERT ON tasks BEGIN${f("NEW.session_id",le("NEW"))}
  END;
  CREATE TRIGGER advice_facts_task_update AFTER UPDATE ON tasks BEGIN${f("NEW.session_id",le("NEW"))}
  END;
  CREATE TRIGGER advice_facts_task_delete AFTER DELETE ON tasks BEGIN${f("OLD.session_id",le("OLD"))}
  END;
  CREATE TRIGGER advice_facts_session_insert AFTER INSERT ON sessions BEGIN${f("NEW.id","TRUE")}
  END;
  CREATE TRIGGER advice_facts_session_update AFTER UPDATE OF project, project_id ON sessions
    WHEN OLD.project IS NOT NEW.project OR OLD.project_id IS NOT NEW.project_id BEGIN${f("NEW.id","TRUE")}
  END;
  CREATE TRIGGER advice_facts_session_delete AFTER DELETE ON sessions BEGIN${f("OLD.id","TRUE")}
  END;
`;var K=t=>({hour:`COALESCE(${t}.started_at, ${t}.ended_at) / 3600000`,session_id:`${t}.session_id`,project:`${t}.project`,project_id:`${t}.project_id`,signature:`${t}.signature`,backfilled:`${t}.backfilled`,slow:`(CASE WHEN ${t}.verdict IN ('suggest-background', 'must-background') OR COALESCE(${t}.duration_ms, 0) >= ${t}.threshold_ms THEN 1 ELSE 0 END)`,background:`${t}.background`,timed_out:`(CASE WHEN ${t}.outcome = 'timed-out' OR ${t}.background_reason = 'timeout' THEN 1 ELSE 0 END)`}),ue=Object.keys(K("x")),Y=t=>Object.entries(K(t)).map(([e,n])=>`call_hours.${e} IS ${n}`).join(" AND "),J=t=>`COALESCE(${t}.started_at, ${t}.ended_at) IS NOT NULL`,Fe=t=>`
    INSERT INTO call_hours (${ue.join(", ")}, n, ms)
      SELECT ${Object.values(K(t)).join(", ")}, 0, 0 WHERE ${J(t)} AND NOT EXISTS (SELECT 1 FROM call_hours WHERE ${Y(t)});
    UPDATE call_hours SET n = n + 1, ms = ms + COALESCE(${t}.duration_ms, 0) WHERE ${J(t)} AND ${Y(t)};`,Ge=t=>`
    UPDATE call_hours SET n = n - 1, ms = ms - COALESCE(${t}.duration_ms, 0) WHERE ${J(t)} AND ${Y(t)};
    DELETE FROM call_hours WHERE n = 0 AND ${Y(t)};`,Xe=t=>`
    INSERT INTO hook_hours (hour, wall_ms, n) VALUES (${t}.at / 3600000, ${t}.wall_ms, 1)
      ON CONFLICT (hour, wall_ms) DO UPDATE SET n = n + 1;`,He=t=>`
    UPDATE hook_hours SET n = n - 1 WHERE hour = ${t}.at / 3600000 AND wall_ms = ${t}.wall_ms;
    DELETE FROM hook_hours WHERE n = 0 AND hour = ${t}.at / 3600000 AND wall_ms = ${t}.wall_ms;`,Be=`
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
  INSERT INTO call_hours (${ue.join(", ")}, n, ms)
    SELECT ${Object.values(K("b")).join(", ")}, COUNT(*), COALESCE(SUM(b.duration_ms), 0)
    FROM bash_calls b WHERE ${J("b")}
    GROUP BY ${ue.map((t,e)=>e+1).join(", ")};

  CREATE TABLE hook_hours (
    hour INTEGER NOT NULL,
    wall_ms REAL NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (hour, wall_ms)
  ) WITHOUT ROWID;
  INSERT INTO hook_hours (hour, wall_ms, n) SELECT at / 3600000, wall_ms, COUNT(*) FROM hook_runs GROUP BY 1, 2;

  CREATE TRIGGER call_hours_insert AFTER INSERT ON bash_calls BEGIN${Fe("NEW")}
  END;
  CREATE TRIGGER call_hours_update AFTER UPDATE ON bash_calls BEGIN${Ge("OLD")}${Fe("NEW")}
  END;
  CREATE TRIGGER call_hours_delete AFTER DELETE ON bash_calls BEGIN${Ge("OLD")}
  END;
  CREATE TRIGGER hook_hours_insert AFTER INSERT ON hook_runs BEGIN${Xe("NEW")}
  END;
  CREATE TRIGGER hook_hours_update AFTER UPDATE OF at, wall_ms ON hook_runs BEGIN${He("OLD")}${Xe("NEW")}
  END;
  CREATE TRIGGER hook_hours_delete AFTER DELETE ON hook_runs BEGIN${He("OLD")}
  END;
`;var We=`CREATE VIEW task_states AS
  SELECT t.*,
    (SELECT COUNT(*) FROM task_checks c WHERE c.session_id = t.session_id AND c.task_id = t.id) AS checks,
    CASE
      WHEN t.stopped_at IS NOT NULL THEN 'stopped'
      WHEN EXISTS (SELECT 1 FROM task_checks c WHERE c.session_id = t.session_id AND c.task_id = t.id) THEN 'checked'
      WHEN t.status IN ('completed', 'failed', 'ended') THEN 'unchecked-finished'
      WHEN s.ended_at IS NOT NULL THEN 'orphaned'
      ELSE 'unchecked-running'
    END AS state
  FROM tasks t LEFT JOIN sessions s ON s.id = t.session_id;`,qe=`prompt_id TEXT,
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
    ${qe}
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
  ${We}

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
    ${qe},
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

  ${We}

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
  `},{cost:"heavy",sql:Be},{cost:"heavy",sql:Pe}],I=j.length;var Cn={},_=class extends Error{constructor(n,r){super(r);this.kind=n}kind},re;function Nn(){if(typeof __dirname=="string"){if(re??=Me(__dirname),!re.addon)throw new _("binding",re.error??"the SQLite binding did not load");return re.addon}}var gn={5:"SQLITE_BUSY",6:"SQLITE_LOCKED",11:"SQLITE_CORRUPT",26:"SQLITE_NOTADB"};function hn(t){let{code:e="",errcode:n}=t??{};return e==="ERR_SQLITE_ERROR"&&typeof n=="number"?gn[n&255]??`SQLITE_ERROR_${n}`:e}function Rn(t){if(t instanceof _)return t;let e=hn(t),n=t?.message??String(t);return e==="ERR_DLOPEN_FAILED"||e==="MODULE_NOT_FOUND"&&/better[-_]sqlite3/.test(n)?new _("binding",n):e==="SQLITE_BUSY"||e==="SQLITE_LOCKED"||e.startsWith("SQLITE_BUSY_")?new _("busy",n):e==="SQLITE_NOTADB"||e==="SQLITE_CORRUPT"||e.startsWith("SQLITE_CORRUPT_")?new _("corrupt",n):new _("unavailable",`${e?e+": ":""}${n}`)}function On(t){let e;try{e=(0,E.statSync)(t).isFile()}catch{return}if(!e)throw new _("unavailable","not a regular file (a FIFO, device or directory): SQLite cannot use it")}function fe(t=process.env){return t.BGTELEMETRY_SQLITE_DRIVER!=="better-sqlite3"&&de()?"node:sqlite":"better-sqlite3"}var bn={"node:sqlite":W.connect,"better-sqlite3":(t,e)=>An(t,e)};function Rt(t,e,n=fe()){return Sn(bn[n],t,e)}function Sn(t,e,n){let r;try{On(e);let o=n.readonly===!0;return o||((0,E.mkdirSync)((0,ht.dirname)(e),{recursive:!0,mode:448}),(0,E.existsSync)(e)||yn(t,e)),r=t(e,{busyTimeoutMs:n.busyTimeoutMs,readonly:o}),r.pragma("synchronous = NORMAL"),Ot(r,{readonly:o,heavy:n.heavyMigrations,onStep:n.onMigration}),r}catch(o){throw r?.close(),Rn(o)}}function Ln(){return typeof require=="function"?Nt():(0,gt.createRequire)(Cn.url)("better-sqlite3")}function An(t,{busyTimeoutMs:e,readonly:n}){let r=Ln();return new r(t,{timeout:e,readonly:n,fileMustExist:n,nativeBinding:Nn()})}function yn(t,e){let n=`${e}.${process.pid}.new`;try{let r=t(n,{busyTimeoutMs:0,readonly:!1});try{(0,E.chmodSync)(n,384),Ot(r)}finally{r.close()}try{(0,E.linkSync)(n,e)}catch(o){if(o.code!=="EEXIST"){if((0,E.existsSync)(e))return;(0,E.renameSync)(n,e)}}}finally{for(let r of["","-wal","-shm","-journal"])(0,E.rmSync)(n+r,{force:!0})}}function In(t){return j.slice(t).some(e=>e.cost==="heavy")}function Ot(t,{readonly:e=!1,heavy:n="run",onStep:r}={}){let o=t.pragma("user_version",{simple:!0});if(o!==I){if(o>I)throw new _("unavailable",`the database has schema version ${o}, newer than this bgtelemetry understands (${I}): upgrade bgtelemetry`);if(e)throw new _("unavailable",`the database has schema version ${o} and needs a migration to ${I}`);if(n==="defer"&&In(o))throw new _("migrating",`the database has schema version ${o}; its migration to ${I} runs in the background`);t.pragma("journal_mode = WAL"),t.transaction(()=>{for(let s=t.pragma("user_version",{simple:!0});s<I;s++)r?.({from:s,to:s+1,cost:j[s].cost}),t.exec(j[s].sql),t.pragma(`user_version = ${s+1}`)}).immediate()}}var yr=3600*1e3;var $r=600*1e3,kn=600*1e3,vn=t=>`${t}.migrating`,bt=t=>`${t}.migration-failed`;function St(t,e){let n=vn(t);(0,S.writeFileSync)(n,String(process.pid),{mode:384});try{let r=Rt(t,{busyTimeoutMs:kn},fe(e));try{X(r,Ne(e)),ve(r,e)}finally{r.close()}return(0,S.rmSync)(bt(t),{force:!0}),!0}catch(r){let o={at:Date.now(),message:r?.message??String(r)};return(0,S.writeFileSync)(bt(t),JSON.stringify(o),{mode:384}),!1}finally{(0,S.rmSync)(n,{force:!0})}}var Lt=process.argv[2];Lt&&(process.exitCode=St(Lt,process.env)?0:1);
