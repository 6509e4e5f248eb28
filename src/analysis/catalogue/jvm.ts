/** JVM: Maven, Gradle, sbt, Leiningen/Clojure, the JDK tools, Kotlin/Scala runners, JVM linters, Android. Order matters. */
import type { CatalogueEntry, WordPattern } from './entry.js';

/**
 * A row keyed on a goal or task: once for the first word (so the signature keeps it:
 * `mvn test`), once for any later word (`mvn clean test`).
 */
const firstOrAny = (pattern: WordPattern, row: Omit<CatalogueEntry, 'args' | 'anyArg'>): CatalogueEntry[] => [
  { ...row, args: [pattern] },
  { ...row, anyArg: pattern },
];

const MVN = ['mvn', 'mvnw', 'mvnd', 'mvnw.cmd'];
const GRADLE = ['gradle', 'gradlew', 'gradlew.bat'];

/** Maven goals that start a server or dev mode and never return. */
const MVN_SERVER_GOAL = /^(spring-boot:run|spring-boot:test-run|jetty:run.*|jetty:start|quarkus:dev|quarkus:remote-dev|tomcat\d*:run.*|liberty:(dev|run)|wildfly:(run|dev)|micronaut:run|vertx:run|helidon:dev|thorntail:run|appengine:(run|devserver)|cargo:run|gwt:(run|devmode|codeserver)|javafx:run|hpi:run)$/;
const MVN_TEST_GOAL = /^(test|verify|integration-test|surefire:test|failsafe:.*|jacoco:.*|pitest:.*|org\.pitest:.*)$/;
const MVN_BUILD_GOAL = /^(install|deploy|package|site|release:.*|jib:.*|spring-boot:build-image|native:compile.*|quarkus:build|assembly:.*|shade:.*|war:.*)$/;
const MVN_LINT_GOAL = /^(spotless:.*|checkstyle:.*|pmd:.*|spotbugs:.*|fmt:.*|formatter:.*|enforcer:.*|license:.*|sortpom:.*|rewrite:.*)$/;
const MVN_QUERY_GOAL = /^(dependency:.*|versions:.*|buildplan:.*)$/;

/** Gradle task names, bare or qualified by project path (`:app:test`). */
const task = (names: string): RegExp => new RegExp(`^(:?[\\w.-]+:)*:?(${names})$`);
const GRADLE_SERVER_TASK = task('bootRun|bootTestRun|appRun|appStart|appRunDebug|jettyRun|tomcatRun|quarkusDev|quarkusRemoteDev|runIde|runServer|runClient|devServer|\\w*BrowserDevelopmentRun|\\w*BrowserRun|jsRun|runDevServer');
const GRADLE_RUN_TASK = task('run|runShadow|runDebug|bootTestRun|execute|exec');
const GRADLE_TEST_TASK = task('test|check|integrationTest|\\w+Test|\\w+Tests|connected\\w*|jacoco\\w*|kover\\w*|pitest|allTests|jvmTest|\\w+UnitTest');
const GRADLE_BUILD_TASK = task('build|assemble\\w*|bundle\\w*|jar|bootJar|shadowJar|war|bootWar|installDist|distZip|distTar|publish\\w*|install\\w*|nativeCompile|jib\\w*|bootBuildImage|compile\\w*|classes|testClasses|buildPlugin|packageRelease|package\\w*|dokka\\w*|javadoc|generate\\w*|proto\\w*|buildNeeded|buildDependents|linkReleaseExecutable\\w*');
const GRADLE_LINT_TASK = task('spotless\\w*|ktlint\\w*|detekt\\w*|lint\\w*|checkstyle\\w*|pmd\\w*|spotbugs\\w*|errorprone\\w*|apiCheck|apiDump|dependencyUpdates|dependencyCheck\\w*');
const GRADLE_QUERY_TASK = task('tasks|projects|properties|dependencies|dependencyInsight|buildEnvironment|outgoingVariants|resolvableConfigurations|javaToolchains|wrapper|model|components');

export const JVM_ROWS: readonly CatalogueEntry[] = [
  // Maven. `mvn -v` / `--version` are answered by the help rule before these rows.
  { programs: MVN, bare: true, effect: 'work', category: 'query', reason: 'mvn without goals only prints an error', estimate: 1 },
  ...firstOrAny(MVN_SERVER_GOAL, { programs: MVN, effect: 'never-ends', category: 'server', reason: 'runs the application or dev mode until stopped', alternative: 'mvn package, then start the app with run_in_background: true' }),
  ...firstOrAny(/^archetype:generate$/, { programs: MVN, unlessFlags: ['-B', '--batch-mode', '-DinteractiveMode'], effect: 'interactive', category: 'prompt', reason: 'archetype:generate asks for coordinates on the terminal', alternative: 'mvn -B archetype:generate -DgroupId=… -DartifactId=… -DarchetypeArtifactId=…' }),
  ...firstOrAny(MVN_BUILD_GOAL, { programs: MVN, effect: 'work', category: 'build', reason: 'compiles, tests and packages every module', estimate: 90 }),
  ...firstOrAny(MVN_TEST_GOAL, { programs: MVN, effect: 'work', category: 'test', reason: 'compiles and runs the test suite', estimate: 60 }),
  ...firstOrAny(/^(compile|test-compile|process-classes|generate-sources|process-resources|exec:java|exec:exec|flyway:migrate|liquibase:update)$/, { programs: MVN, effect: 'work', category: 'build', reason: 'compiles the modules (or runs a main class)', estimate: 30 }),
  ...firstOrAny(MVN_LINT_GOAL, { programs: MVN, effect: 'work', category: 'lint', reason: 'runs a code-quality plugin over the modules', estimate: 20 }),
  ...firstOrAny(/^help:/, { programs: MVN, effect: 'work', category: 'query', reason: 'prints project information', estimate: 4 }),
  ...firstOrAny(MVN_QUERY_GOAL, { programs: MVN, effect: 'work', category: 'query', reason: 'resolves the dependency graph (downloads on a cold cache)', estimate: 10 }),
  { programs: MVN, args: ['clean|validate'], noMoreArgs: true, effect: 'work', category: 'other', reason: 'starts Maven and deletes target/ or validates the POM', estimate: 3 },
  { programs: MVN, effect: 'work', category: 'build', reason: 'runs Maven goals (plugin resolution and JVM start alone take seconds)', estimate: 30 },

  // Gradle: daemon start and project configuration cost ~5 s before any task runs.
  { programs: GRADLE, ifFlags: ['--stop', '--status', '-v', '--version'], noMoreArgs: true, effect: 'work', category: 'query', reason: 'prints the version or talks to the daemons', estimate: 1 },
  { programs: GRADLE, ifFlags: ['--continuous', '-t'], effect: 'never-ends', category: 'watch', reason: 'continuous build reruns on change and never exits', alternative: 'drop --continuous for a single build' },
  ...firstOrAny(GRADLE_SERVER_TASK, { programs: GRADLE, effect: 'never-ends', category: 'server', reason: 'runs the application server or dev mode until stopped', alternative: './gradlew bootJar, then start the jar with run_in_background: true' }),
  // `run` may be a CLI or a server: it always builds first, so backgrounding is the safe advice.
  ...firstOrAny(GRADLE_RUN_TASK, { programs: GRADLE, effect: 'work', category: 'build', reason: 'builds, then runs the application', estimate: 15 }),
  ...firstOrAny(GRADLE_BUILD_TASK, { programs: GRADLE, effect: 'work', category: 'build', reason: 'compiles and packages the project', estimate: 60 }),
  ...firstOrAny(GRADLE_TEST_TASK, { programs: GRADLE, effect: 'work', category: 'test', reason: 'compiles and runs the tests', estimate: 60 }),
  ...firstOrAny(GRADLE_LINT_TASK, { programs: GRADLE, effect: 'work', category: 'lint', reason: 'runs a code-quality task', estimate: 20 }),
  ...firstOrAny(GRADLE_QUERY_TASK, { programs: GRADLE, effect: 'work', category: 'query', reason: 'configures the build and prints a report', estimate: 8 }),
  { programs: GRADLE, args: ['clean'], noMoreArgs: true, effect: 'work', category: 'other', reason: 'starts Gradle and deletes build/', estimate: 5 },
  { programs: GRADLE, effect: 'work', category: 'build', reason: 'runs Gradle tasks', estimate: 30 },

  // sbt: the JVM and build load take ~10 s before anything runs.
  { programs: ['sbt', 'sbtn'], bare: true, effect: 'interactive', category: 'repl', reason: 'sbt alone opens the interactive sbt shell', alternative: 'sbt compile (or sbt "testOnly …") as a batch command' },
  ...firstOrAny(/^~/, { programs: ['sbt', 'sbtn'], effect: 'never-ends', category: 'watch', reason: '~ reruns the task on every change and never exits', alternative: 'drop the ~ for a single run' }),
  ...firstOrAny(/^(console|consoleQuick|consoleProject|shell)$/, { programs: ['sbt', 'sbtn'], effect: 'interactive', category: 'repl', reason: 'opens the Scala REPL', alternative: 'sbt run, or a test' }),
  ...firstOrAny(/^(test|testOnly|testQuick|it:test|IntegrationTest\/test|\w+\/test|coverage|jacoco)( |$)/, { programs: ['sbt', 'sbtn'], effect: 'work', category: 'test', reason: 'compiles and runs tests', estimate: 90 }),
  ...firstOrAny(/^(run|runMain|reStart|bgRun)( |$)/, { programs: ['sbt', 'sbtn'], effect: 'work', category: 'build', reason: 'compiles and runs the application (may be a server)', estimate: 30 }),
  ...firstOrAny(/^(compile|Test\/compile|clean|package|assembly|publishLocal|publish|update|doc|stage|dist)$/, { programs: ['sbt', 'sbtn'], effect: 'work', category: 'build', reason: 'loads the build and runs tasks', estimate: 45 }),
  { programs: ['sbt', 'sbtn'], effect: 'work', category: 'build', reason: 'loads the build and runs tasks', estimate: 45 },

  // Leiningen and the Clojure CLI.
  { programs: ['lein'], args: ['repl', ':headless'], effect: 'never-ends', category: 'server', reason: 'a headless nREPL server runs until stopped' },
  { programs: ['lein'], args: ['repl'], effect: 'interactive', category: 'repl', reason: 'opens a Clojure REPL', alternative: 'lein run, lein test, or lein repl :headless in the background' },
  { programs: ['lein'], args: ['ring', 'server|server-headless'], effect: 'never-ends', category: 'server', reason: 'serves the app until stopped' },
  { programs: ['lein'], args: ['figwheel|shadow'], effect: 'never-ends', category: 'server', reason: 'a ClojureScript dev server runs until stopped' },
  { programs: ['lein'], args: ['cljsbuild', 'auto'], effect: 'never-ends', category: 'watch', reason: 'rebuilds on change until stopped', alternative: 'lein cljsbuild once' },
  { programs: ['lein'], args: ['test|midje|eftest|kaocha'], effect: 'work', category: 'test', reason: 'runs the tests', estimate: 30 },
  { programs: ['lein'], args: ['uberjar|jar|install|deploy|cljsbuild|native-image'], effect: 'work', category: 'build', reason: 'compiles and packages', estimate: 60 },
  { programs: ['lein'], args: ['run|trampoline'], effect: 'work', category: 'build', reason: 'starts the JVM and runs the app', estimate: 15 },
  { programs: ['lein'], args: ['deps|check|compile|ancient|kibit|eastwood|cloverage'], effect: 'work', category: 'build', reason: 'resolves or compiles the project', estimate: 20 },
  { programs: ['lein'], effect: 'work', category: 'other', reason: 'starts Leiningen for a small task', estimate: 4 },
  { programs: ['clojure', 'clj'], bare: true, effect: 'interactive', category: 'repl', reason: 'opens a Clojure REPL', alternative: 'clojure -M -m NS, or clojure -X:test' },
  { programs: ['clojure', 'clj'], ifFlags: ['-M:test', '-X:test', '-T:build'], effect: 'work', category: 'test', reason: 'runs tests or a build alias', estimate: 30 },
  { programs: ['clojure', 'clj'], effect: 'work', category: 'script', reason: 'starts the JVM and runs Clojure code', estimate: 8 },
  { programs: ['bb'], bare: true, effect: 'interactive', category: 'repl', reason: 'opens a babashka REPL', alternative: "bb -e '…' or bb script.clj" },
  { programs: ['bb'], effect: 'work', category: 'script', reason: 'runs a babashka script or task', estimate: 2 },

  // JDK tools and language runners.
  { programs: ['java'], ifFlags: ['-version', '--version', '-showversion', '--list-modules', '-XshowSettings'], effect: 'work', category: 'query', reason: 'prints JVM information', estimate: 0.3 },
  // A jar may be a CLI or a server; they cannot be told apart from the command.
  { programs: ['java'], ifFlags: ['-jar'], effect: 'work', category: 'script', reason: 'runs an application jar (often a server)', estimate: 10 },
  { programs: ['java'], args: ['*'], effect: 'work', category: 'script', reason: 'runs a class or single-file program', estimate: 2 },
  { programs: ['java'], effect: 'work', category: 'query', reason: 'prints usage', estimate: 0.3 },
  { programs: ['javac'], effect: 'work', category: 'build', reason: 'compiles Java sources', estimate: 2 },
  { programs: ['jshell'], effect: 'interactive', category: 'repl', reason: 'opens the Java REPL', alternative: 'java File.java (single-file source), or a test' },
  { programs: ['jbang'], effect: 'work', category: 'script', reason: 'resolves dependencies, compiles and runs a script', estimate: 10 },
  { programs: ['kotlinc', 'kotlinc-jvm', 'kotlin'], bare: true, effect: 'interactive', category: 'repl', reason: 'opens the Kotlin REPL', alternative: 'kotlinc FILE.kt -include-runtime -d app.jar, or kotlinc -script FILE.kts' },
  { programs: ['kotlinc', 'kotlinc-jvm', 'kotlinc-native', 'konanc'], effect: 'work', category: 'build', reason: 'compiles Kotlin (the compiler is slow to start)', estimate: 15 },
  { programs: ['kotlin'], effect: 'work', category: 'script', reason: 'runs a compiled Kotlin program', estimate: 3 },
  { programs: ['scala', 'scala-cli', 'amm'], args: ['repl|console'], effect: 'interactive', category: 'repl', reason: 'opens the Scala REPL', alternative: 'scala-cli run FILE' },
  { programs: ['scala', 'amm'], bare: true, effect: 'interactive', category: 'repl', reason: 'opens the Scala REPL', alternative: 'scala-cli run FILE' },
  { programs: ['scala-cli', 'scala'], ifFlags: ['-w', '--watch', '--revolver'], effect: 'never-ends', category: 'watch', reason: 'reruns on change until stopped' },
  { programs: ['scala-cli', 'scala'], args: ['test'], effect: 'work', category: 'test', reason: 'compiles and runs tests', estimate: 30 },
  { programs: ['scala-cli', 'scala', 'scalac'], effect: 'work', category: 'build', reason: 'compiles and runs Scala (slow compiler start)', estimate: 15 },
  { programs: ['groovysh'], effect: 'interactive', category: 'repl', reason: 'opens the Groovy shell', alternative: 'groovy script.groovy' },
  { programs: ['groovy'], effect: 'work', category: 'script', reason: 'runs a Groovy script', estimate: 3 },
  { programs: ['mill'], ifFlags: ['-w', '--watch'], effect: 'never-ends', category: 'watch', reason: 'reruns on change until stopped' },
  { programs: ['mill'], effect: 'work', category: 'build', reason: 'runs mill tasks', estimate: 60 },
  { programs: ['ant'], effect: 'work', category: 'build', reason: 'runs an Ant build', estimate: 30 },
  { programs: ['native-image'], effect: 'work', category: 'build', reason: 'GraalVM native compilation takes minutes', estimate: 180 },
  { programs: ['jlink', 'jpackage'], effect: 'work', category: 'build', reason: 'assembles a runtime image or installer', estimate: 15 },
  { programs: ['quarkus'], args: ['dev|test'], effect: 'never-ends', category: 'server', reason: 'Quarkus dev mode and continuous testing run until stopped' },
  { programs: ['quarkus'], args: ['build|create|image|deploy'], effect: 'work', category: 'build', reason: 'builds or scaffolds the application', estimate: 60 },

  // JVM linters and formatters (the JVM starts in about a second).
  { programs: ['ktlint', 'google-java-format', 'ktfmt', 'palantir-java-format'], effect: 'work', category: 'lint', reason: 'formats or lints Kotlin/Java sources', estimate: 4 },
  { programs: ['detekt', 'detekt-cli', 'checkstyle', 'pmd', 'spotbugs', 'error-prone'], effect: 'work', category: 'lint', reason: 'analyses the sources', estimate: 20 },

  // Android tooling.
  { programs: ['adb'], args: ['logcat'], unlessFlags: ['-d', '-c', '-g', '-m', '-t'], effect: 'never-ends', category: 'follow', reason: 'adb logcat streams the log forever', alternative: 'adb logcat -d (dump and exit)' },
  { programs: ['adb'], args: ['shell'], noMoreArgs: true, effect: 'interactive', category: 'remote', reason: 'opens a shell on the device', alternative: "adb shell 'command'" },
  { programs: ['adb'], args: ['install|install-multiple|push|pull|sideload|backup|restore'], effect: 'work', category: 'install', reason: 'transfers files or an app to the device', estimate: 10 },
  { programs: ['adb'], effect: 'work', category: 'query', reason: 'quick device command', estimate: 1 },
  { programs: ['emulator'], ifFlags: ['-list-avds'], effect: 'work', category: 'query', reason: 'lists emulators', estimate: 0.5 },
  { programs: ['emulator'], effect: 'never-ends', category: 'server', reason: 'the Android emulator runs until closed' },
  { programs: ['sdkmanager'], ifFlags: ['--licenses'], effect: 'interactive', category: 'prompt', reason: 'asks to accept each licence', alternative: 'yes | sdkmanager --licenses' },
  { programs: ['sdkmanager'], ifFlags: ['--licenses'], effect: 'work', category: 'install', reason: 'accepts licences fed on stdin', estimate: 3 },
  { programs: ['sdkmanager'], ifFlags: ['--list', '--list_installed', '--version'], effect: 'work', category: 'query', reason: 'lists packages', estimate: 3 },
  { programs: ['sdkmanager', 'avdmanager'], effect: 'work', category: 'install', reason: 'downloads SDK packages', estimate: 60 },
];
