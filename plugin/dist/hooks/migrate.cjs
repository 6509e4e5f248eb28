"use strict";var st=Object.create;var ne=Object.defineProperty;var it=Object.getOwnPropertyDescriptor;var at=Object.getOwnPropertyNames;var ct=Object.getPrototypeOf,dt=Object.prototype.hasOwnProperty;var u=(t,e)=>()=>{try{return e||t((e={exports:{}}).exports,e),e.exports}catch(r){throw e=0,r}};var ut=(t,e,r,n)=>{if(e&&typeof e=="object"||typeof e=="function")for(let o of at(e))!dt.call(t,o)&&o!==r&&ne(t,o,{get:()=>e[o],enumerable:!(n=it(e,o))||n.enumerable});return t};var lt=(t,e,r)=>(r=t!=null?st(ct(t)):{},ut(e||!t||!t.__esModule?ne(r,"default",{value:t,enumerable:!0}):r,t));var v=u(B=>{"use strict";B.getBooleanOption=(t,e)=>{let r=!1;if(e in t&&typeof(r=t[e])!="boolean")throw new TypeError(`Expected the "${e}" option to be a boolean`);return r};B.cppdb=Symbol();B.inspect=Symbol.for("nodejs.util.inspect.custom")});var Z=u((Dr,Ne)=>{"use strict";var $=class t extends Error{constructor(e,r){if(typeof r!="string")throw new TypeError("Expected second argument to be a string");super(""+e),this.code=r,typeof Error.captureStackTrace=="function"&&Error.captureStackTrace(this,t)}};Object.defineProperty($.prototype,"name",{value:"SqliteError",writable:!0,enumerable:!1,configurable:!0});Ne.exports=$});var he=u(b=>{"use strict";var{cppdb:_}=v();b.prepare=function(e){return this[_].prepare(e,this,!1,!1)};b.exec=function(e){return this[_].exec(e),this};b.close=function(){return this[_].close(),this};b.loadExtension=function(...e){return this[_].loadExtension(...e),this};b.defaultSafeIntegers=function(...e){return this[_].defaultSafeIntegers(...e),this};b.unsafeMode=function(...e){return this[_].unsafeMode(...e),this};b.getters={name:{get:function(){return this[_].name},enumerable:!0},open:{get:function(){return this[_].open},enumerable:!0},inTransaction:{get:function(){return this[_].inTransaction},enumerable:!0},readonly:{get:function(){return this[_].readonly},enumerable:!0},memory:{get:function(){return this[_].memory},enumerable:!0}}});var ye=u((Mr,Se)=>{"use strict";var{cppdb:Dt}=v(),be=new WeakMap;Se.exports=function(e){if(typeof e!="function")throw new TypeError("Expected first argument to be a function");let r=this[Dt],n=wt(r,this),{apply:o}=Function.prototype,s={default:{value:H(o,e,r,n.default)},deferred:{value:H(o,e,r,n.deferred)},immediate:{value:H(o,e,r,n.immediate)},exclusive:{value:H(o,e,r,n.exclusive)},database:{value:this,enumerable:!0}};return Object.defineProperties(s.default.value,s),Object.defineProperties(s.deferred.value,s),Object.defineProperties(s.immediate.value,s),Object.defineProperties(s.exclusive.value,s),s.default.value};var wt=(t,e)=>{let r=be.get(t);if(!r){let n={commit:t.prepare("COMMIT",e,!1,!1),rollback:t.prepare("ROLLBACK",e,!1,!1),savepoint:t.prepare("SAVEPOINT `	_bs3.	`",e,!1,!1),release:t.prepare("RELEASE `	_bs3.	`",e,!1,!1),rollbackTo:t.prepare("ROLLBACK TO `	_bs3.	`",e,!1,!1)};be.set(t,r={default:Object.assign({begin:t.prepare("BEGIN",e,!1,!1)},n),deferred:Object.assign({begin:t.prepare("BEGIN DEFERRED",e,!1,!1)},n),immediate:Object.assign({begin:t.prepare("BEGIN IMMEDIATE",e,!1,!1)},n),exclusive:Object.assign({begin:t.prepare("BEGIN EXCLUSIVE",e,!1,!1)},n)})}return r},H=(t,e,r,{begin:n,commit:o,rollback:s,savepoint:i,release:p,rollbackTo:c})=>function(){let O,L,I;r.inTransaction?(O=i,L=p,I=c):(O=n,L=o,I=s),O.run();try{let T=t.call(e,this,arguments);if(T&&typeof T.then=="function")throw new TypeError("Transaction function cannot return a promise");return L.run(),T}catch(T){throw r.inTransaction&&(I.run(),I!==s&&L.run()),T}}});var Le=u((Ur,Oe)=>{"use strict";var{getBooleanOption:Mt,cppdb:Ut}=v();Oe.exports=function(e,r){if(r==null&&(r={}),typeof e!="string")throw new TypeError("Expected first argument to be a string");if(typeof r!="object")throw new TypeError("Expected second argument to be an options object");let n=Mt(r,"simple"),o=this[Ut].prepare(`PRAGMA ${e}`,this,!0,!1);return n?o.pluck().get():o.all()}});var ke=u((jr,Ae)=>{"use strict";var{cppdb:jt}=v();Ae.exports=function(e){if(typeof e!="string")throw new TypeError("Expected first argument to be a string");return this[jt].prepare(`EXPLAIN ${e}`,this,!1,!0).all()}});var Re=u((Pr,Ie)=>{Ie.exports=function(){throw new Error("not available in a bgtelemetry hook")}});var ve=u((Xr,xe)=>{xe.exports=function(){throw new Error("not available in a bgtelemetry hook")}});var De=u((Fr,Ce)=>{Ce.exports=function(){throw new Error("not available in a bgtelemetry hook")}});var Me=u((Br,we)=>{we.exports=function(){throw new Error("not available in a bgtelemetry hook")}});var je=u(($r,Ue)=>{Ue.exports=function(){throw new Error("not available in a bgtelemetry hook")}});var Xe=u((Hr,Pe)=>{Pe.exports=function(){throw new Error("not available in a bgtelemetry hook")}});var Be=u((qr,Fe)=>{"use strict";var Pt=require("fs"),Xt=require("path"),q=v(),Ft=Z();Fe.exports=function(e,r){function n(s,i){if(new.target==null)return new n(s,i);let p,c;if(Buffer.isBuffer(s))p=s,s=":memory:";else if(typeof s=="number"){if(!Number.isInteger(s)||s<0||s>2147483647)throw new TypeError("Expected the file descriptor to be a non-negative 32-bit integer");c=s,s=`fd:${c}`}if(s==null&&(s=""),i==null&&(i={}),typeof s!="string")throw new TypeError("Expected first argument to be a string");if(typeof i!="object")throw new TypeError("Expected second argument to be an options object");if("readOnly"in i)throw new TypeError('Misspelled option "readOnly" should be "readonly"');if("memory"in i)throw new TypeError('Option "memory" was removed in v7.0.0 (use ":memory:" filename instead)');let h=s.trim(),O=h===""||h===":memory:",L=q.getBooleanOption(i,"readonly"),I=q.getBooleanOption(i,"fileMustExist"),T="timeout"in i?i.timeout:5e3,V="verbose"in i?i.verbose:null,j="nativeBinding"in i?i.nativeBinding:null,A="journalFd"in i?i.journalFd:void 0;if(L&&O&&!p)throw new TypeError("In-memory/temporary databases cannot be readonly");if(!Number.isInteger(T)||T<0)throw new TypeError('Expected the "timeout" option to be a positive integer');if(T>2147483647)throw new RangeError('Option "timeout" cannot be greater than 2147483647');if(V!=null&&typeof V!="function")throw new TypeError('Expected the "verbose" option to be a function');if(c!==void 0&&A===void 0)throw new TypeError('The "journalFd" option is required when opening a database from a file descriptor');if(c===void 0&&A!==void 0)throw new TypeError('The "journalFd" option can only be used when opening a database from a file descriptor');if(A!==void 0&&!(Number.isInteger(A)&&A>=0&&A<=2147483647))throw new TypeError('Expected the "journalFd" option to be a non-negative 32-bit integer');if(!r&&"nativeBinding"in i)throw new TypeError('The "nativeBinding" option is only supported by the default better-sqlite3 entrypoint');if(r&&j!=null&&typeof j!="string"&&typeof j!="object")throw new TypeError('Expected the "nativeBinding" option to be a string or addon object');let P=e(j);if(P.isInitialized||(P.initialize(Ft,Bt,$t,Ht,qt),P.isInitialized=!0),c===void 0&&!O&&!h.startsWith("file:")&&!Pt.existsSync(Xt.dirname(h)))throw new TypeError("Cannot open database because the directory does not exist");Object.defineProperties(this,{[q.cppdb]:{value:new P.Database(h,s,O,L,I,T,V||null,p||null,c??null,A??null)},...o.getters})}let o=he();return n.prototype.prepare=o.prepare,n.prototype.transaction=ye(),n.prototype.pragma=Le(),n.prototype.explain=ke(),n.prototype.backup=Re(),n.prototype.serialize=ve(),n.prototype.function=De(),n.prototype.aggregate=Me(),n.prototype.table=je(),n.prototype.loadExtension=o.loadExtension,n.prototype.exec=o.exec,n.prototype.close=o.close,n.prototype.defaultSafeIntegers=o.defaultSafeIntegers,n.prototype.unsafeMode=o.unsafeMode,n.prototype[q.inspect]=Xe(),n};function Bt(...t){return t}function $t(t,...e){let r=t.length;for(let n=0;n<e.length;++n)t[r+n]=e[n]}function Ht(...t){if(!t.includes("__proto__")){let e=t.map((n,o)=>`v${o}`).join(","),r=t.map((n,o)=>`${JSON.stringify(n)}:v${o}`).join(",");return Function(`return (${e}) => ({${r}})`)()}return(...e)=>{let r={};for(let n=0;n<t.length;++n)r[t[n]]=e[n];return r}}function qt(t){return{value:t,done:!1}}});var He=u((te,$e)=>{"use strict";var J=require("fs"),G=require("path"),Wt=["linux","darwin","win32"],Gt=["x64","arm64"],W;function Jt(t){if(typeof t=="string")return(typeof __non_webpack_require__=="function"?__non_webpack_require__:require)(G.resolve(t).replace(/(\.node)?$/,".node"));if(typeof t=="object"&&t!==null)return t;if(W)return W;let e=G.join(__dirname,"..","build","Debug","better_sqlite3.node");return J.existsSync(e)||(e=G.join(__dirname,"..","build","Release","better_sqlite3.node")),J.existsSync(e)?W=require(e):W=require(ee()||e)}function ee(){if(Wt.includes(process.platform)&&Gt.includes(process.arch)){let t=`${Yt()?"linuxmusl":process.platform}-${process.arch}`,e=G.join(__dirname,"..","prebuilds",`${t}.node`);if(J.existsSync(e))return e}return null}function Yt(){if(process.platform!=="linux")return!1;try{let r=J.readFileSync("/proc/self/maps","latin1");if(/\/ld-musl-[^/\s]*\.so/.test(r))return!0;if(/\/(?:ld-linux[^/\s]*|libc)\.so\.\d/.test(r))return!1}catch{}let{report:t}=process,e=t.excludeNetwork;t.excludeNetwork=!0;try{return!t.getReport().header.glibcVersionRuntime}finally{t.excludeNetwork=e}}te.getBinding=Jt;te.getPrebuildPath=ee;require.main===$e&&process.stdout.write(ee()?"1":"0")});var qe=u((Wr,re)=>{"use strict";re.exports=Be()(He().getBinding,!0);re.exports.SqliteError=Z()});var y=require("node:fs");var oe=require("node:os"),X=require("node:path");function Et(t=process.env){return t.CLAUDE_CONFIG_DIR||(0,X.join)(t.HOME||(0,oe.homedir)(),".claude")}function D(t=process.env){return t.BGTELEMETRY_HOME||(0,X.join)(Et(t),"bgtelemetry")}function se(t=process.env){return(0,X.join)(D(t),"spool")}var l=require("node:fs");var Er=1024*1024;var pr=l.constants.O_WRONLY|l.constants.O_APPEND|l.constants.O_CREAT|(l.constants.O_NONBLOCK??0);var R=require("node:fs"),ae=require("node:os"),g=require("node:path");function ie(t){let e=2166136261;for(let r=0;r<t.length;r++)e^=t.charCodeAt(r),e=Math.imul(e,16777619);return(e>>>0).toString(36)}function z(t=process.env){let r=(t.XDG_RUNTIME_DIR&&(0,g.isAbsolute)(t.XDG_RUNTIME_DIR)?t.XDG_RUNTIME_DIR:void 0)||(t.TMPDIR&&(0,g.isAbsolute)(t.TMPDIR)?t.TMPDIR:(0,ae.tmpdir)());return(0,g.join)(r,`bgtelemetry-${process.getuid?.()??"user"}`)}function pt(t=process.env){return(0,g.join)(z(t),ie((0,g.resolve)(D(t))))}function ft(t){let e;try{e=(0,R.lstatSync)(t)}catch{return null}if(e.isSymbolicLink())return`${t} is a symbolic link`;if(!e.isDirectory())return`${t} is not a directory`;let r=process.getuid?.();return r!==void 0&&e.uid!==r?`${t} belongs to another user (uid ${e.uid})`:(e.mode&63)!==0?`${t} can be entered by other users (mode ${(e.mode&511).toString(8)})`:null}function ce(t=process.env,e=!1){let r=z(t);try{e&&(0,R.mkdirSync)(r,{mode:448})}catch(n){if(n.code!=="EEXIST")return null}if(ft(r))return null;try{let n=pt(t);return e?(0,R.mkdirSync)(n,{recursive:!0,mode:448}):(0,R.lstatSync)(n),n}catch{return null}}function de(t){return(0,g.join)(t,"spool")}var N=require("node:fs"),x=require("node:path");var m=require("node:fs"),mt=m.constants.O_RDONLY|(m.constants.O_NONBLOCK??0),w=class extends Error{constructor(r,n){super(r);this.kind=n}kind;code="EREFUSED"},_t=[[t=>t.isFIFO(),"a FIFO"],[t=>t.isDirectory(),"a directory"],[t=>t.isSocket(),"a socket"],[t=>t.isCharacterDevice(),"a character device"],[t=>t.isBlockDevice(),"a block device"]];function Tt(t,e){let r=_t.find(([n])=>n(e))?.[1]??"an unknown kind of file";return new w(`${t} is not a regular file (${r})`,r)}function gt(t,e,r){let n=(0,m.openSync)(t,mt);try{let o=(0,m.fstatSync)(n);if(!o.isFile())throw Tt(t,o);if(r&&!r(o))throw new w(`${t} is not acceptable (owner or mode)`);return e(n,o.size)}finally{(0,m.closeSync)(n)}}function Nt(t,e,r){let n=Buffer.allocUnsafe(e),o=0;for(;o<e;){let s=(0,m.readSync)(t,n,o,e-o,r+o);if(s===0)break;o+=s}return n.subarray(0,o)}function ue(t,e,r){return gt(t,(n,o)=>{if(o>e)throw new w(`${t} is larger than ${e} bytes`);return Nt(n,o,0)},r)}var le=new WeakMap;function d(t,e){let r=le.get(t);r||le.set(t,r=new Map);let n=r.get(e);return n||r.set(e,n=t.prepare(e)),n}var Ee=t=>t===void 0?null:t?1:0,a=t=>t===void 0?null:t,ht={"session-start":bt,"session-end":St,prompt:yt,"bash-pre":Ot,"bash-post":Lt,"task-check":(t,e)=>_e(t,e.session,e.taskId,e.toolUseId,e.at,e.tool,e.blocking,e.statusSeen,e.exitCode),"task-stop":At,"turn-end":kt};function pe(t,e){return d(t,"INSERT OR IGNORE INTO applied_events (id, kind, at) VALUES (?, ?, ?)").run(e.id,e.kind,e.at).changes===0?!1:(It(t,e),ht[e.kind](t,e),e.delivered&&d(t,"UPDATE advice SET delivered_at = COALESCE(delivered_at, ?) WHERE event_id = ?").run(e.at,e.delivered),e.backfilled||d(t,"INSERT OR IGNORE INTO hook_runs (event_id, hook, at, wall_ms) VALUES (?, ?, ?, ?)").run(e.id,e.hook,e.at,e.wallMs),!0)}function bt(t,e){d(t,"UPDATE sessions SET source = COALESCE(source, ?) WHERE id = ?").run(a(e.source),e.session)}function St(t,e){d(t,"UPDATE sessions SET ended_at = MAX(COALESCE(ended_at, 0), ?), end_reason = COALESCE(?, end_reason) WHERE id = ?").run(e.at,a(e.reason),e.session)}function yt(t,e){d(t,"INSERT OR IGNORE INTO prompts (id, session_id, at, kind, intents, chars) VALUES (?, ?, ?, ?, ?, ?)").run(e.promptId??e.id,e.session,e.at,e.promptKind,e.intents.join(","),e.chars),e.notification&&(M(t,e.session,e.notification.taskId),d(t,`UPDATE tasks SET notified_at = COALESCE(notified_at, @at), finished_at = COALESCE(finished_at, @at),
         exit_code = COALESCE(@exit, exit_code), status = CASE WHEN status = 'killed' THEN status ELSE @status END
       WHERE session_id = @session AND id = @id`).run({at:e.at,exit:a(e.notification.exitCode),status:e.notification.status,session:e.session,id:e.notification.taskId}))}function Ot(t,e){d(t,`INSERT INTO bash_calls (tool_use_id, session_id, prompt_id, message_id, project, project_id, started_at, signature, command, verdict, category,
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
       duration_source = COALESCE(bash_calls.duration_source, CASE WHEN bash_calls.ended_at IS NOT NULL THEN 'hooks' END)`).run(me(e))}function Lt(t,e){d(t,`INSERT INTO bash_calls (tool_use_id, session_id, prompt_id, message_id, project, project_id, ended_at, signature, command, verdict, category,
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
       duration_source = COALESCE(excluded.duration_source, CASE WHEN bash_calls.started_at IS NOT NULL THEN 'hooks' END)`).run({...me(e),background:Ee(e.background),reason:a(e.backgroundReason),outcome:e.outcome,exitCode:a(e.exitCode),durationMs:a(e.durationMs),durationSource:e.durationMs===void 0?null:a(e.durationSource),taskId:a(e.taskId)}),e.taskId&&(M(t,e.session,e.taskId),d(t,`UPDATE tasks SET tool_use_id = COALESCE(tool_use_id, @toolUseId), started_at = COALESCE(started_at, @at),
         signature = COALESCE(signature, @signature), command = COALESCE(command, @command), category = COALESCE(category, @category)
       WHERE session_id = @session AND id = @id`).run({toolUseId:e.toolUseId,at:e.at,signature:e.signature,command:e.command,category:e.category,session:e.session,id:e.taskId})),e.readsTask&&_e(t,e.session,e.readsTask,e.toolUseId,e.at,"Bash",!1)}function At(t,e){M(t,e.session,e.taskId),d(t,`UPDATE tasks SET stopped_at = COALESCE(stopped_at, @at), stopped_by = COALESCE(stopped_by, @tool),
       status = CASE WHEN status IN ('running', 'ended') THEN 'killed' ELSE status END
     WHERE session_id = @session AND id = @id`).run({at:e.at,tool:e.tool,session:e.session,id:e.taskId})}function kt(t,e){if(!e.running)return;for(let n of e.running)M(t,e.session,n.id),d(t,"UPDATE tasks SET running_at_turn_end = MAX(COALESCE(running_at_turn_end, 0), ?), command = COALESCE(command, ?) WHERE session_id = ? AND id = ?").run(e.at,a(n.command),e.session,n.id);let r=e.running.map(()=>"?").join(",");t.prepare(`UPDATE tasks SET status = 'ended', finished_at = COALESCE(finished_at, ?)
     WHERE session_id = ? AND status = 'running' AND started_at <= ?${e.running.length?` AND id NOT IN (${r})`:""}`).run(e.at,e.session,e.at,...e.running.map(n=>n.id))}function fe(t,e,r,n){r&&d(t,`INSERT OR IGNORE INTO advice (event_id, session_id, prompt_id, tool_use_id, at, hook, kind, signature, text, chars, deferred)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(e.id,e.session,a(e.promptId),a(r.toolUseId),e.at,e.hook,r.kind,a(r.signature),r.text,r.text.length,r.deferred?1:0);for(let o of n)d(t,"INSERT OR IGNORE INTO claims (session_id, key, at) VALUES (?, ?, ?)").run(e.session,o,e.at)}function me(t){return{toolUseId:t.toolUseId,session:t.session,promptId:a(t.promptId),messageId:a(t.messageId),project:a(t.project),projectId:a(t.projectId),at:t.at,signature:t.signature,command:t.command,verdict:t.verdict,category:t.category,estimateS:t.estimateS,estimateSource:t.estimateSource,timeoutMs:a(t.timeoutMs),requested:Ee(t.requestedBackground),thresholdMs:t.thresholdMs,backfilled:t.backfilled?1:0}}function It(t,e){d(t,`INSERT INTO sessions (id, project, project_id, developer, machine, cwd, started_at, generation)
       VALUES (@id, @project, @projectId, @developer, @machine, @cwd, @at, @generation)
     ON CONFLICT (id) DO UPDATE SET
       project = COALESCE(sessions.project, excluded.project),
       project_id = COALESCE(sessions.project_id, excluded.project_id),
       developer = COALESCE(sessions.developer, excluded.developer),
       machine = COALESCE(sessions.machine, excluded.machine),
       cwd = COALESCE(sessions.cwd, excluded.cwd),
       started_at = MIN(COALESCE(sessions.started_at, excluded.started_at), excluded.started_at),
       generation = COALESCE(sessions.generation, excluded.generation)`).run({id:e.session,project:a(e.project),projectId:a(e.projectId),developer:a(e.developer),machine:a(e.machine),cwd:a(e.cwd),at:e.at,generation:a(e.generation)})}function M(t,e,r){d(t,"INSERT OR IGNORE INTO tasks (session_id, id) VALUES (?, ?)").run(e,r)}var Rt=new Set(["completed","failed","killed"]);function _e(t,e,r,n,o,s,i,p,c){M(t,e,r),d(t,"INSERT OR IGNORE INTO task_checks (tool_use_id, session_id, task_id, at, tool, blocking, status_seen) VALUES (?, ?, ?, ?, ?, ?, ?)").run(n,e,r,o,s,i?1:0,a(p)),p&&Rt.has(p)&&d(t,`UPDATE tasks SET status = CASE WHEN status = 'killed' THEN status ELSE @status END,
         finished_at = COALESCE(finished_at, @at), exit_code = COALESCE(@exit, exit_code)
       WHERE session_id = @session AND id = @id`).run({status:p,at:o,exit:a(c),session:e,id:r})}var Q=64,xt=16*1024*1024;function vt(t){return JSON.parse(ue(t,xt).toString("utf8"))}function Te(t){try{return(0,N.readdirSync)(t).filter(e=>e.endsWith(".json")&&!e.startsWith(".")).sort()}catch{return[]}}function F(t,e,r=1/0,n){let o=Te(e),s={applied:0,duplicates:0,bad:0,left:0};for(let i=0;i<o.length;i+=Q){if(Date.now()>r){s.left=o.length-i;break}let p=[];for(let c of o.slice(i,i+Q))try{p.push({file:c,event:vt((0,x.join)(e,c))})}catch(h){if(h.code==="ENOENT")continue;(0,N.mkdirSync)((0,x.join)(e,"bad"),{recursive:!0,mode:448});try{(0,N.renameSync)((0,x.join)(e,c),(0,x.join)(e,"bad",c))}catch{}s.bad++}t.transaction(()=>{for(let{event:c}of p){if(!pe(t,c)){s.duplicates++;continue}s.applied++,(c.advice||c.claims)&&fe(t,c,c.advice,c.claims??[])}}).immediate();for(let{file:c}of p)(0,N.rmSync)((0,x.join)(e,c),{force:!0});n?.(Math.min(i+Q,o.length),o.length)}return s}function Ct(t){let e=ce(t,!1);return e?de(e):null}function ge(t,e,r=1/0,n){let o=Ct(e);return o?F(t,o,r,n):null}var E=require("node:fs"),ze=require("node:path"),Qe=lt(qe(),1);var C=require("node:fs"),S=require("node:path"),Y="better-sqlite3",Kt={x64:"x86_64",arm64:"aarch64"};function Vt(){if(!(0,C.existsSync)(`/lib/ld-musl-${Kt[process.arch]??process.arch}.so.1`))return!1;try{return/\/ld-musl-[^/\s]*\.so/.test((0,C.readFileSync)("/proc/self/maps","latin1"))}catch{return!1}}function Je(t=process.platform,e=process.arch){return`${t==="linux"&&Vt()?"linuxmusl":t}-${e}`}function We(t){let e=(0,S.join)(t,"build","Release","better_sqlite3.node");if((0,C.existsSync)(e))return e;let r=(0,S.join)(t,"prebuilds",`${Je()}.node`);return(0,C.existsSync)(r)?r:void 0}function zt(t){if(!t)return[];let e=(0,S.join)(t,"..","..");return[(0,S.join)(e,"node_modules",Y),(0,S.join)(e,"..",Y)]}var Ge=22;function Qt(t=process.version){return Number(t.replace(/^v/,"").split(".")[0])<Ge?`Node ${t} is too old: bgtelemetry needs Node ${Ge} or newer`:void 0}function Zt(t,e=typeof require=="function"?require.resolve:void 0){let r=zt(t);for(let n of r){let o=We(n);if(o)return{path:o}}try{if(e){let n=(0,S.dirname)(e(`${Y}/package.json`)),o=We(n);if(o)return{path:o};r.push(n)}}catch{}return{error:`no ${Y} native addon (${Je()}) found in ${r.join(", ")||"any node_modules"}`}}function Ye(t){let e=Qt();if(e)return{error:e};let{path:r,error:n}=Zt(t);if(!r)return{error:n};try{let o={exports:{}};return process.dlopen(o,r),{addon:o.exports,path:r}}catch(o){return{path:r,error:er(r,o.message)}}}function er(t,e,r=process.version){return`${t} does not load on Node ${r} (${process.platform}-${process.arch}): ${e}`}var Ke=`CREATE VIEW task_states AS
  SELECT t.*,
    (SELECT COUNT(*) FROM task_checks c WHERE c.session_id = t.session_id AND c.task_id = t.id) AS checks,
    CASE
      WHEN t.stopped_at IS NOT NULL THEN 'stopped'
      WHEN EXISTS (SELECT 1 FROM task_checks c WHERE c.session_id = t.session_id AND c.task_id = t.id) THEN 'checked'
      WHEN t.status IN ('completed', 'failed', 'ended') THEN 'unchecked-finished'
      WHEN s.ended_at IS NOT NULL THEN 'orphaned'
      ELSE 'unchecked-running'
    END AS state
  FROM tasks t LEFT JOIN sessions s ON s.id = t.session_id;`,Ve=`prompt_id TEXT,
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
    threshold_ms INTEGER`,U=[{cost:"cheap",sql:`
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
    ${Ve}
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
  ${Ke}

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
    ${Ve},
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

  ${Ke}

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
  `}],k=U.length;var f=class extends Error{constructor(r,n){super(n);this.kind=r}kind},K;function tr(){if(typeof __dirname=="string"){if(K??=Ye(__dirname),!K.addon)throw new f("binding",K.error??"the SQLite binding did not load");return K.addon}}function rr(t){if(t instanceof f)return t;let e=t?.code??"",r=t?.message??String(t);return e==="ERR_DLOPEN_FAILED"||e==="MODULE_NOT_FOUND"&&/better[-_]sqlite3/.test(r)?new f("binding",r):e==="SQLITE_BUSY"||e==="SQLITE_LOCKED"||e.startsWith("SQLITE_BUSY_")?new f("busy",r):e==="SQLITE_NOTADB"||e==="SQLITE_CORRUPT"||e.startsWith("SQLITE_CORRUPT_")?new f("corrupt",r):new f("unavailable",`${e?e+": ":""}${r}`)}function nr(t){let e;try{e=(0,E.statSync)(t).isFile()}catch{return}if(!e)throw new f("unavailable","not a regular file (a FIFO, device or directory): SQLite cannot use it")}function Ze(t,e){let r;try{nr(t);let n=e.readonly===!0;return n||((0,E.mkdirSync)((0,ze.dirname)(t),{recursive:!0,mode:448}),(0,E.existsSync)(t)||or(t)),r=et(t,e.busyTimeoutMs,n),r.pragma("synchronous = NORMAL"),tt(r,{readonly:n,heavy:e.heavyMigrations,onStep:e.onMigration}),r}catch(n){throw r?.close(),rr(n)}}function et(t,e,r){return new Qe.default(t,{timeout:e,readonly:r,fileMustExist:r,nativeBinding:tr()})}function or(t){let e=`${t}.${process.pid}.new`;try{let r=et(e,0,!1);try{(0,E.chmodSync)(e,384),tt(r)}finally{r.close()}try{(0,E.linkSync)(e,t)}catch(n){if(n.code!=="EEXIST"){if((0,E.existsSync)(t))return;(0,E.renameSync)(e,t)}}}finally{for(let r of["","-wal","-shm","-journal"])(0,E.rmSync)(e+r,{force:!0})}}function sr(t){return U.slice(t).some(e=>e.cost==="heavy")}function tt(t,{readonly:e=!1,heavy:r="run",onStep:n}={}){let o=t.pragma("user_version",{simple:!0});if(o!==k){if(o>k)throw new f("unavailable",`the database has schema version ${o}, newer than this bgtelemetry understands (${k}): upgrade bgtelemetry`);if(e)throw new f("unavailable",`the database has schema version ${o} and needs a migration to ${k}`);if(r==="defer"&&sr(o))throw new f("migrating",`the database has schema version ${o}; its migration to ${k} runs in the background`);t.pragma("journal_mode = WAL"),t.transaction(()=>{for(let s=t.pragma("user_version",{simple:!0});s<k;s++)n?.({from:s,to:s+1,cost:U[s].cost}),t.exec(U[s].sql),t.pragma(`user_version = ${s+1}`)}).immediate()}}var zr=3600*1e3;var cn=600*1e3,ir=600*1e3,ar=t=>`${t}.migrating`,rt=t=>`${t}.migration-failed`;function nt(t,e){let r=ar(t);(0,y.writeFileSync)(r,String(process.pid),{mode:384});try{let n=Ze(t,{busyTimeoutMs:ir});try{F(n,se(e)),ge(n,e)}finally{n.close()}return(0,y.rmSync)(rt(t),{force:!0}),!0}catch(n){let o={at:Date.now(),message:n?.message??String(n)};return(0,y.writeFileSync)(rt(t),JSON.stringify(o),{mode:384}),!1}finally{(0,y.rmSync)(r,{force:!0})}}var ot=process.argv[2];ot&&(process.exitCode=nt(ot,process.env)?0:1);
