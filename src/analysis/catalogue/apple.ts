/** Swift and Apple platforms: SwiftPM, Xcode, CocoaPods, Carthage, fastlane, simulators. Order matters. */
import type { CatalogueEntry } from './entry.js';

export const APPLE_ROWS: readonly CatalogueEntry[] = [
  // macOS unified logging: `log stream` follows until stopped; `log show` reads the store once.
  { programs: ['log'], args: ['stream'], effect: 'never-ends', category: 'follow', reason: 'streams log messages until stopped', alternative: 'log show --last 2m …' },
  { programs: ['log'], args: ['collect'], effect: 'work', category: 'other', reason: 'collects the log archive', estimate: 60 },
  { programs: ['log'], args: ['show'], effect: 'work', category: 'query', reason: 'reads the unified log', estimate: 4 },
  // Swift.
  { programs: ['swift'], bare: true, effect: 'interactive', category: 'repl', reason: 'swift alone opens the REPL', alternative: 'swift FILE.swift, or swift run' },
  { programs: ['swift'], args: ['repl'], effect: 'interactive', category: 'repl', reason: 'opens the Swift REPL', alternative: 'swift FILE.swift' },
  { programs: ['swift'], args: ['run'], anyArg: /^(serve|server)$/, effect: 'never-ends', category: 'server', reason: 'runs a server until stopped' },
  { programs: ['swift'], args: ['build|test'], ifFlags: ['--show-bin-path', '--list-tests', '-l'], effect: 'work', category: 'query', reason: 'prints paths or test names', estimate: 3 },
  { programs: ['swift'], args: ['build'], effect: 'work', category: 'build', reason: 'compiles the package', estimate: 60 },
  { programs: ['swift'], args: ['test'], effect: 'work', category: 'test', reason: 'compiles and runs the tests', estimate: 60 },
  { programs: ['swift'], args: ['run'], effect: 'work', category: 'build', reason: 'compiles, then runs the product', estimate: 20 },
  { programs: ['swift'], args: ['package', 'resolve|update|reset|archive-source'], effect: 'work', category: 'install', reason: 'resolves and downloads dependencies', estimate: 30 },
  { programs: ['swift'], args: ['package'], effect: 'work', category: 'query', reason: 'inspects or edits the package', estimate: 2 },
  { programs: ['swift'], effect: 'work', category: 'script', reason: 'runs a Swift script', estimate: 4 },
  { programs: ['swiftc'], effect: 'work', category: 'build', reason: 'compiles Swift sources', estimate: 5 },
  { programs: ['swiftlint', 'swift-format', 'swiftformat'], effect: 'work', category: 'lint', reason: 'lints or formats the sources', estimate: 4 },

  // Xcode.
  { programs: ['xcodebuild'], ifFlags: ['-list', '-showsdks', '-version', '-showdestinations', '-showBuildSettings', '-help'], effect: 'work', category: 'query', reason: 'prints project information', estimate: 2 },
  { programs: ['xcodebuild'], effect: 'work', category: 'build', reason: 'builds or tests with Xcode', estimate: 120 },
  { programs: ['xcrun'], args: ['simctl', 'spawn', '*', 'log', 'stream'], effect: 'never-ends', category: 'follow', reason: 'streams simulator logs until stopped', alternative: 'log show --last 5m inside the simulator' },
  { programs: ['xcrun'], args: ['simctl', 'io'], anyArg: 'recordVideo', effect: 'never-ends', category: 'follow', reason: 'records until stopped' },
  { programs: ['xcrun'], args: ['simctl', 'boot|install|erase|create|clone'], effect: 'work', category: 'other', reason: 'boots or changes a simulator', estimate: 10 },
  { programs: ['xcrun'], args: ['notarytool|altool'], effect: 'work', category: 'other', reason: 'uploads to Apple and waits', estimate: 120 },
  { programs: ['xcrun'], effect: 'work', category: 'query', reason: 'runs a developer tool', estimate: 2 },
  { programs: ['xcodegen', 'tuist'], args: ['generate|dump|spec'], effect: 'work', category: 'build', reason: 'generates the Xcode project', estimate: 3 },
  { programs: ['tuist'], args: ['install|fetch|build|test|cache'], effect: 'work', category: 'build', reason: 'fetches dependencies or builds with Xcode', estimate: 90 },

  // CocoaPods and Carthage.
  { programs: ['pod'], args: ['install|update'], effect: 'work', category: 'install', reason: 'resolves, downloads and integrates pods', estimate: 60 },
  { programs: ['pod'], args: ['repo', 'update|add|add-cdn'], effect: 'work', category: 'download', reason: 'downloads the spec repository', estimate: 60 },
  { programs: ['pod'], args: ['lib|spec|trunk', 'lint|push'], effect: 'work', category: 'test', reason: 'builds the pod for every platform it supports', estimate: 180 },
  { programs: ['pod'], args: ['outdated'], effect: 'work', category: 'query', reason: 'resolves the latest versions', estimate: 20 },
  { programs: ['pod'], effect: 'work', category: 'query', reason: 'quick CocoaPods command', estimate: 2 },
  { programs: ['carthage'], args: ['bootstrap|update|build|checkout'], effect: 'work', category: 'build', reason: 'downloads and builds frameworks', estimate: 180 },
  { programs: ['carthage'], effect: 'work', category: 'query', reason: 'quick Carthage command', estimate: 1 },

  // fastlane: lanes build, sign, test and upload.
  { programs: ['fastlane', 'fastlane-cli'], args: ['init'], effect: 'interactive', category: 'prompt', reason: 'asks questions about the app', alternative: 'write the Fastfile by hand' },
  { programs: ['fastlane', 'fastlane-cli'], args: ['lanes|list|env|actions|action|search_plugins|docs|new_action|add_plugin|update_plugins|--version'], effect: 'work', category: 'query', reason: 'quick fastlane command', estimate: 3 },
  { programs: ['fastlane', 'fastlane-cli'], args: ['match|cert|sigh|pem'], ifFlags: ['--readonly'], effect: 'work', category: 'download', reason: 'fetches signing certificates and profiles', estimate: 20 },
  { programs: ['fastlane', 'fastlane-cli'], effect: 'work', category: 'build', reason: 'runs a lane: builds, tests, signs or uploads the app', estimate: 300 },
];
