/**
 * C, C++ and other native toolchains: make, CMake, Ninja, Meson, Bazel, compilers, debuggers,
 * Swift, Zig, embedded. Labels describe what happens when an agent runs the command with no
 * terminal attached. Several rows are real agent calls from the shared corpus.
 */
import type { VerdictCase } from '../case.js';

export const CASES: readonly VerdictCase[] = [
  // make: the default and common targets build.
  ['make', 'suggest-background', 'build', 'make'],
  ['make -j4 2>&1 | tail -80', 'suggest-background', 'build'],
  ['cd build && make -j4 2>&1 | tail -80', 'suggest-background', 'build'],
  ['make -C build -j8', 'suggest-background', 'build'],
  ['make build', 'suggest-background', 'build', 'make build'],
  ['make all', 'suggest-background', 'build'],
  ['make test', 'suggest-background', 'test', 'make test'],
  ['make test-unit', 'suggest-background', 'test', 'make test-unit'],
  ['make check', 'suggest-background', 'test'],
  ['make lint', 'suggest-background', 'lint', 'make lint'],
  ['make install', 'suggest-background', 'install'],
  ['sudo make install', 'suggest-background', 'install'],
  ['make clean && make', 'suggest-background', 'build'],
  ['make clean test', 'suggest-background', 'test'],
  ['make docker-build', 'suggest-background', 'container'],
  ['make run', 'suggest-background'],
  ['make dev', 'must-background', 'server', 'make dev'],
  ['make serve', 'must-background', 'server'],
  ['make run-server', 'must-background', 'server'],
  ['make watch', 'must-background'],
  ['make menuconfig', 'interactive', 'prompt'],
  ['make -n', 'foreground', 'query'],
  ['make --dry-run install', 'foreground'],
  ['make -q all', 'foreground'],
  ['make help', 'foreground'],
  ['make clean', 'foreground', 'other', 'make clean'],
  ['make fmt', 'foreground'],

  // CMake, CTest, Ninja, Meson.
  ['cmake -S . -B build', 'suggest-background', 'build', 'cmake'],
  ['cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release', 'suggest-background', 'build'],
  ['cd build && cmake .. -DENABLE_TESTING=OFF 2>&1 | grep -E "BUILD|increment"', 'suggest-background', 'build'],
  ['cmake --build build 2>&1 | tail -20', 'suggest-background', 'build'],
  ['cmake --build build --target install -j 8', 'suggest-background', 'build'],
  ['cmake -S . -B build && cmake --build build', 'suggest-background', 'build'],
  ['cmake --install build', 'foreground'],
  ['cmake --version', 'foreground'],
  ['cmake -E make_directory build', 'foreground'],
  ['ctest --test-dir build --output-on-failure', 'suggest-background', 'test'],
  ['ctest -N', 'foreground'],
  ['ninja -C build', 'suggest-background', 'build'],
  ['ninja -C build -t targets', 'foreground'],
  ['meson setup build', 'suggest-background', 'build'],
  ['meson compile -C build', 'suggest-background', 'build', 'meson compile'],
  ['meson test -C build', 'suggest-background', 'test'],
  ['./configure --prefix=/usr/local', 'suggest-background', 'build'],
  ['autoreconf -fi', 'suggest-background', 'build'],
  ['./autogen.sh && ./configure && make', 'suggest-background'],
  ['scons -j8', 'suggest-background', 'build'],

  // Bazel and Buck.
  ['bazel build //...', 'suggest-background', 'build', 'bazel build'],
  ['bazelisk test //src/...', 'suggest-background', 'test'],
  ['bazel run //server:main', 'suggest-background'],
  ['bazel query \'deps(//app:main)\'', 'foreground', 'query'],
  ['bazel info', 'foreground'],
  ['ibazel build //app:app', 'must-background', 'watch'],
  ['buck2 build //app:app', 'suggest-background', 'build'],

  // Compilers: a single file is quick.
  ['gcc -o test_logging test_logging.c -Wall && ./test_logging', 'foreground'],
  ['g++ -std=c++17 -O2 main.cpp -o main', 'foreground', 'build'],
  ['clang -E -I. foo.c | grep -A1 host_build_version', 'foreground'],
  ['gcc --version', 'foreground'],
  ['ccache -s', 'foreground'],
  ['clang-format -i src/*.cpp', 'foreground'],
  ['clang-tidy -p build src/main.cpp', 'suggest-background', 'lint'],

  // Debuggers.
  ['gdb ./a.out', 'interactive', 'repl'],
  ['gdb -p 4242', 'interactive'],
  ['gdb -batch -ex run -ex bt --args ./a.out input.txt', 'foreground'],
  ['lldb ./app', 'interactive', 'repl'],
  ['lldb --batch -o run -o bt -- ./app', 'foreground'],
  ['gdbserver :1234 ./app', 'must-background', 'server'],
  ['perf report', 'interactive'],
  ['perf report --stdio | head -50', 'foreground'],

  // Swift, Xcode, Zig, embedded.
  ['swift build', 'suggest-background', 'build', 'swift build'],
  ['swift test', 'suggest-background', 'test'],
  ['swift', 'interactive', 'repl'],
  ['xcodebuild -list', 'foreground'],
  ['xcodebuild -scheme App -destination \'platform=iOS Simulator,name=iPhone 15\' test', 'suggest-background'],
  ['zig build test', 'suggest-background', 'test'],
  ['zig fmt src', 'foreground'],
  ['pio run -t upload', 'suggest-background', 'build'],
  ['pio device monitor', 'must-background', 'follow'],
  ['idf.py build flash monitor', 'must-background'],

  ['dpkg-buildpackage -us -uc -b', 'suggest-background', 'build'],
  ['rpmbuild -ba app.spec', 'suggest-background', 'build'],
  ['makepkg -si', 'suggest-background', 'build'],
];
