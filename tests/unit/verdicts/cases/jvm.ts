/**
 * JVM: Maven, Gradle, sbt, Leiningen, the JDK tools, Kotlin, JVM linters and Android tooling.
 * Labels describe what happens when an agent runs the command with no terminal attached. Every
 * Maven or Gradle invocation pays for a JVM start and plugin resolution before any work.
 */
import type { VerdictCase } from '../case.js';

export const CASES: readonly VerdictCase[] = [
  // Maven.
  ['mvn clean install', 'suggest-background', 'build'],
  ['./mvnw clean install -DskipTests', 'suggest-background', 'build'],
  ['mvn -q -pl api -am package', 'suggest-background', 'build', 'mvn package'],
  ['mvn test', 'suggest-background', 'test', 'mvn test'],
  ['mvn test -Dtest=UserServiceTest', 'suggest-background', 'test', 'mvn test'],
  ['mvn verify', 'suggest-background', 'test'],
  ['mvn -q compile', 'suggest-background', 'build', 'mvn compile'],
  ['mvn dependency:tree', 'suggest-background', 'query', 'mvn dependency:tree'],
  ['mvn spotless:apply', 'suggest-background', 'lint'],
  ['mvn spring-boot:run', 'must-background', 'server', 'mvn spring-boot:run'],
  ['./mvnw spring-boot:run -Dspring-boot.run.profiles=dev', 'must-background', 'server'],
  ['mvn quarkus:dev', 'must-background', 'server'],
  ['mvn jetty:run', 'must-background', 'server'],
  ['mvn archetype:generate', 'interactive', 'prompt'],
  ['mvn -v', 'foreground'],
  ['mvn --version', 'foreground'],
  ['./mvnw -version', 'foreground'],
  ['mvn help:evaluate -Dexpression=project.version -q -DforceStdout', 'foreground'],
  ['mvn clean', 'foreground'],

  // Gradle.
  ['./gradlew build', 'suggest-background', 'build', 'gradlew build'],
  ['./gradlew clean build -x test', 'suggest-background', 'build'],
  ['./gradlew test', 'suggest-background', 'test', 'gradlew test'],
  ['./gradlew test --tests com.example.FooTest', 'suggest-background', 'test'],
  ['./gradlew :app:test', 'suggest-background', 'test'],
  ['gradle assemble', 'suggest-background', 'build'],
  ['./gradlew check', 'suggest-background', 'test'],
  ['./gradlew assembleDebug', 'suggest-background', 'build'],
  ['./gradlew spotlessApply', 'suggest-background', 'lint'],
  ['./gradlew tasks', 'suggest-background', 'query'],
  ['./gradlew dependencies --configuration runtimeClasspath', 'suggest-background', 'query'],
  ['./gradlew run', 'suggest-background', 'build', 'gradlew run'],
  ['./gradlew bootRun', 'must-background', 'server', 'gradlew bootRun'],
  ['./gradlew :app:bootRun --args=\'--server.port=8081\'', 'must-background', 'server'],
  ['./gradlew quarkusDev', 'must-background', 'server'],
  ['./gradlew build --continuous', 'must-background', 'watch'],
  ['./gradlew -t test', 'must-background', 'watch'],
  ['./gradlew --version', 'foreground'],
  ['gradle -v', 'foreground'],
  ['./gradlew --stop', 'foreground'],

  // sbt: ~10 s to load the build; bare sbt is its shell.
  ['sbt', 'interactive', 'repl'],
  ['sbt compile', 'suggest-background', 'build', 'sbt compile'],
  ['sbt clean test', 'suggest-background', 'test'],
  ['sbt "testOnly com.acme.ParserSpec"', 'suggest-background', 'test'],
  ['sbt run', 'suggest-background'],
  ['sbt ~compile', 'must-background', 'watch'],
  ['sbt "~testQuick"', 'must-background', 'watch'],
  ['sbt console', 'interactive', 'repl'],

  // Clojure.
  ['lein test', 'suggest-background', 'test'],
  ['lein uberjar', 'suggest-background', 'build'],
  ['lein repl', 'interactive', 'repl'],
  ['lein repl :headless', 'must-background', 'server'],
  ['lein ring server', 'must-background', 'server'],
  ['clj', 'interactive', 'repl'],

  // JDK tools and Kotlin.
  ['javac -d out src/Main.java', 'foreground', 'build'],
  ['javac -d out src/Main.java && java -cp out com.acme.Main', 'foreground'],
  ['java -version', 'foreground'],
  ['java Hello.java', 'foreground'],
  ['java -jar target/app.jar', 'suggest-background'],
  ['java -Xmx2g -jar build/libs/app-all.jar --port 8080', 'suggest-background'],
  ['jshell', 'interactive', 'repl'],
  ['kotlinc', 'interactive', 'repl'],
  ['kotlinc Main.kt -include-runtime -d main.jar', 'suggest-background', 'build'],
  ['ktlint -F "src/**/*.kt"', 'foreground', 'lint'],
  ['detekt --build-upon-default-config', 'suggest-background', 'lint'],

  // Android.
  ['adb logcat', 'must-background', 'follow'],
  ['adb logcat -d | tail -100', 'foreground'],
  ['adb shell', 'interactive', 'remote'],
  ['adb shell pm list packages', 'foreground'],
  ['adb install -r app/build/outputs/apk/debug/app-debug.apk', 'suggest-background', 'install'],
  ['emulator -avd Pixel_7_API_34 -no-window', 'must-background', 'server'],
  ['yes | sdkmanager --licenses', 'foreground'],
  ['sdkmanager --licenses', 'interactive', 'prompt'],
];
