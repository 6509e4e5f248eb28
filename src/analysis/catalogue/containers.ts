/**
 * Containers and infrastructure: docker/podman, compose, kubectl, helm, terraform, pulumi,
 * ansible, packer, vagrant, local clusters, dev loops, and the cloud CLIs. Order matters.
 */
import type { CatalogueEntry } from './entry.js';

const DOCKER = ['docker', 'podman', 'nerdctl', 'finch'];
const KUBECTL = ['kubectl', 'oc', 'kubecolor', 'k'];
const HELM = ['helm', 'helm3'];
const TERRAFORM = ['terraform', 'tofu', 'terragrunt'];
const DETACH = ['-d', '--detach'];
const TTY = ['-t', '--tty'];
/** Commands that, run in a container with nothing after them, open a shell or REPL. */
const SHELL_IN_CONTAINER = /^(bash|sh|zsh|ash|fish|dash|\/bin\/(ba|z|a)?sh|psql|mysql|mariadb|mongosh|mongo|redis-cli|sqlite3|python3?|node|irb|ipython|rails|iex|erl|ghci|php|cqlsh|clickhouse-client)$/;
/** Commands inside a container that run a test suite, a migration or a build. */
const SLOW_IN_CONTAINER = /^(pytest|rspec|phpunit|jest|vitest|go|cargo|mvn|gradle|make|npm|pnpm|yarn|bun|pip|poetry|uv|composer|bundle|rake|tox|nox|dotnet|mix|alembic|migrate)$/;
const DB_SHELL = /^(psql|mysql|mariadb|mongosh|mongo|redis-cli|cqlsh|clickhouse-client)$/;
const SQL_FLAGS = ['-c', '-e', '-f', '--command', '--execute', '--file', '--eval', '-q', '--query'];

/**
 * Compose rows are written once and used for both `docker compose …` and `docker-compose …`.
 * `args` here are the words after `compose`.
 */
const COMPOSE: readonly CatalogueEntry[] = [
  // `up`: runs in the foreground unless detached; tests use --abort-on-container-exit.
  { programs: [], args: ['up'], ifFlags: ['--abort-on-container-exit', '--exit-code-from'], effect: 'work', category: 'test', reason: 'runs the stack until a container exits (a test run)', estimate: 120 },
  { programs: [], args: ['up'], unlessFlags: DETACH, effect: 'never-ends', category: 'server', reason: 'compose up without -d streams logs until stopped', alternative: 'docker compose up -d, then docker compose logs --tail 100' },
  { programs: [], args: ['up'], ifFlags: ['--build', '--wait', '--pull'], effect: 'work', category: 'container', reason: 'builds or waits for health before detaching', estimate: 60 },
  { programs: [], args: ['up'], effect: 'self-background', category: 'detached', reason: 'compose up -d starts the containers in the background', estimate: 3 },
  { programs: [], args: ['start|restart|unpause'], effect: 'self-background', category: 'detached', reason: 'starts existing containers in the background', estimate: 3 },
  { programs: [], args: ['watch'], effect: 'never-ends', category: 'watch', reason: 'syncs and rebuilds on change until stopped' },
  { programs: [], args: ['logs'], ifFlags: ['-f', '--follow'], effect: 'never-ends', category: 'follow', reason: 'follows the logs forever', alternative: 'docker compose logs --tail 100 SERVICE' },
  { programs: [], args: ['events'], unlessFlags: ['--until'], effect: 'never-ends', category: 'follow', reason: 'streams events forever' },
  { programs: [], args: ['attach'], effect: 'interactive', category: 'remote', reason: 'attaches the terminal to a container', alternative: 'docker compose logs --tail 100 SERVICE' },
  // exec/run allocate a TTY by default; a shell or REPL with nothing to run waits for a person.
  { programs: [], args: ['exec|run', '*', SHELL_IN_CONTAINER], noMoreArgs: true, unlessFlags: ['-T', '--no-TTY', '--no-tty', '-d', '--detach'], unlessStdin: true, effect: 'interactive', category: 'remote', reason: 'opens a shell or REPL inside the container', alternative: "docker compose exec -T SERVICE sh -c '…'" },
  { programs: [], args: ['exec|run', '*', DB_SHELL], unlessFlags: SQL_FLAGS, unlessStdin: true, effect: 'interactive', category: 'remote', reason: 'opens a database prompt inside the container', alternative: "docker compose exec -T db psql -U USER -c 'SQL'" },
  { programs: [], args: ['run'], ifFlags: DETACH, effect: 'self-background', category: 'detached', reason: 'starts a one-off container in the background', estimate: 3 },
  { programs: [], args: ['exec|run', '*', SLOW_IN_CONTAINER], effect: 'work', category: 'script', reason: 'runs tests, a build or migrations inside a container', estimate: 30 },
  { programs: [], args: ['run'], effect: 'work', category: 'container', reason: 'starts a one-off container (may build or pull first)', estimate: 15 },
  { programs: [], args: ['exec'], effect: 'work', category: 'container', reason: 'runs a command inside a running container', estimate: 2 },
  { programs: [], args: ['build'], effect: 'work', category: 'container', reason: 'builds the service images', estimate: 90 },
  { programs: [], args: ['pull|push'], effect: 'work', category: 'download', reason: 'transfers images', estimate: 30 },
  { programs: [], args: ['create'], effect: 'work', category: 'container', reason: 'pulls and creates containers', estimate: 15 },
  { programs: [], args: ['down|stop|rm|kill|pause'], effect: 'work', category: 'container', reason: 'stops or removes the containers', estimate: 3 },
  { programs: [], effect: 'work', category: 'query', reason: 'compose query (ps, config, ls, images, logs, top, port)', estimate: 1 },
];

const composeRows = (rows: readonly CatalogueEntry[]): CatalogueEntry[] =>
  rows.flatMap((r) => [
    { ...r, programs: DOCKER, args: ['compose', ...(r.args ?? [])] },
    { ...r, programs: ['docker-compose', 'podman-compose'], args: r.args ?? [] },
  ]);

const DOCKER_ROWS: readonly CatalogueEntry[] = [
  ...composeRows(COMPOSE),

  // Builds and image transfers.
  { programs: DOCKER, args: ['buildx|builder', 'ls|inspect|use|create|rm|du|prune|stop|version'], effect: 'work', category: 'query', reason: 'manages builders', estimate: 1 },
  { programs: DOCKER, args: ['buildx|builder', 'bake'], ifFlags: ['--print', '--list'], effect: 'work', category: 'query', reason: 'prints the bake definition without building', estimate: 1 },
  { programs: DOCKER, args: ['build|buildx|builder|image', 'build|bake'], effect: 'work', category: 'container', reason: 'builds an image', estimate: 90 },
  { programs: DOCKER, args: ['build'], effect: 'work', category: 'container', reason: 'builds an image', estimate: 90 },
  { programs: DOCKER, args: ['pull|push|save|load|import|export'], effect: 'work', category: 'download', reason: 'transfers image layers', estimate: 30 },
  { programs: DOCKER, args: ['image', 'pull|push|save|load|import'], effect: 'work', category: 'download', reason: 'transfers image layers', estimate: 30 },
  { programs: DOCKER, args: ['commit'], effect: 'work', category: 'container', reason: 'snapshots a container into an image', estimate: 5 },

  // `docker run`: detached, interactive, a service, or a one-off command.
  { programs: DOCKER, args: ['run'], ifFlags: DETACH, effect: 'self-background', category: 'detached', reason: 'runs the container detached', estimate: 2 },
  { programs: DOCKER, args: ['container', 'run'], ifFlags: DETACH, effect: 'self-background', category: 'detached', reason: 'runs the container detached', estimate: 2 },
  { programs: DOCKER, args: ['run'], ifFlags: TTY, effect: 'interactive', category: 'remote', reason: '-t needs a terminal ("the input device is not a TTY")', alternative: 'docker run --rm IMAGE CMD (no -t), or -d for a service' },
  { programs: DOCKER, args: ['container', 'run'], ifFlags: TTY, effect: 'interactive', category: 'remote', reason: '-t needs a terminal ("the input device is not a TTY")', alternative: 'docker run --rm IMAGE CMD (no -t), or -d for a service' },
  { programs: DOCKER, args: ['run', /^(hello-world|alpine|busybox|ubuntu|debian)(:.*)?$/], noMoreArgs: true, effect: 'work', category: 'container', reason: 'runs a tiny image that exits at once', estimate: 3 },
  { programs: DOCKER, args: ['run'], ifFlags: ['-p', '--publish', '-P', '--publish-all'], effect: 'never-ends', category: 'server', reason: 'a container that publishes ports is a service: runs until stopped', alternative: 'docker run -d …, then docker logs CONTAINER' },
  { programs: DOCKER, args: ['run', '*'], noMoreArgs: true, effect: 'never-ends', category: 'server', reason: 'the image runs its default command, usually a service, until stopped', alternative: 'docker run -d …, or give a command to run' },
  { programs: DOCKER, args: ['run', '*', SLOW_IN_CONTAINER], effect: 'work', category: 'script', reason: 'runs tests or a build in a container', estimate: 30 },
  { programs: DOCKER, args: ['run'], effect: 'work', category: 'container', reason: 'runs a one-off command in a container (pulls the image first if needed)', estimate: 10 },

  { programs: DOCKER, args: ['exec'], ifFlags: TTY, effect: 'interactive', category: 'remote', reason: '-t needs a terminal ("the input device is not a TTY")', alternative: "docker exec CONTAINER sh -c '…' (no -t)" },
  { programs: DOCKER, args: ['container', 'exec'], ifFlags: TTY, effect: 'interactive', category: 'remote', reason: '-t needs a terminal ("the input device is not a TTY")', alternative: "docker exec CONTAINER sh -c '…' (no -t)" },
  { programs: DOCKER, args: ['exec', '*', DB_SHELL], ifFlags: ['-i', '--interactive'], unlessFlags: SQL_FLAGS, unlessStdin: true, effect: 'interactive', category: 'remote', reason: 'opens a database prompt inside the container', alternative: "docker exec CONTAINER psql -U USER -c 'SQL'" },
  { programs: DOCKER, args: ['exec', '*', SLOW_IN_CONTAINER], effect: 'work', category: 'script', reason: 'runs tests, a build or migrations inside a container', estimate: 30 },
  { programs: DOCKER, args: ['exec'], effect: 'work', category: 'container', reason: 'runs a command in a running container', estimate: 2 },
  { programs: DOCKER, args: ['attach'], effect: 'interactive', category: 'remote', reason: 'attaches the terminal to a container', alternative: 'docker logs --tail 100 CONTAINER' },
  { programs: DOCKER, args: ['start'], ifFlags: ['-i', '--interactive'], effect: 'interactive', category: 'remote', reason: 'attaches stdin to the container', alternative: 'docker start CONTAINER' },
  { programs: DOCKER, args: ['start'], ifFlags: ['-a', '--attach'], effect: 'never-ends', category: 'follow', reason: 'attaches to the output until the container stops', alternative: 'docker start CONTAINER, then docker logs' },
  { programs: DOCKER, args: ['start|restart|unpause'], effect: 'self-background', category: 'detached', reason: 'starts the container in the background', estimate: 2 },
  { programs: DOCKER, args: ['container', 'start|restart'], effect: 'self-background', category: 'detached', reason: 'starts the container in the background', estimate: 2 },

  // Followers and streams.
  { programs: DOCKER, args: ['logs'], ifFlags: ['-f', '--follow'], effect: 'never-ends', category: 'follow', reason: 'follows the logs forever', alternative: 'docker logs --tail 100 CONTAINER' },
  { programs: DOCKER, args: ['container', 'logs'], ifFlags: ['-f', '--follow'], effect: 'never-ends', category: 'follow', reason: 'follows the logs forever', alternative: 'docker logs --tail 100 CONTAINER' },
  { programs: DOCKER, args: ['stats'], unlessFlags: ['--no-stream'], effect: 'never-ends', category: 'follow', reason: 'refreshes statistics forever', alternative: 'docker stats --no-stream' },
  { programs: DOCKER, args: ['container', 'stats'], unlessFlags: ['--no-stream'], effect: 'never-ends', category: 'follow', reason: 'refreshes statistics forever', alternative: 'docker stats --no-stream' },
  { programs: DOCKER, args: ['events'], unlessFlags: ['--until'], effect: 'never-ends', category: 'follow', reason: 'streams events forever', alternative: 'docker events --since 10m --until 0s' },
  { programs: DOCKER, args: ['system', 'events'], unlessFlags: ['--until'], effect: 'never-ends', category: 'follow', reason: 'streams events forever', alternative: 'docker events --since 10m --until 0s' },
  { programs: DOCKER, args: ['wait'], effect: 'work', category: 'container', reason: 'blocks until the container exits', estimate: 60 },

  // Prompts.
  { programs: DOCKER, args: ['system|image|container|volume|network|builder|buildx', 'prune'], unlessFlags: ['-f', '--force'], effect: 'interactive', category: 'prompt', reason: 'asks "Are you sure?" before pruning', alternative: 'add -f (docker system prune -f)' },
  { programs: DOCKER, args: ['system|image|container|volume|network|builder|buildx', 'prune'], effect: 'work', category: 'container', reason: 'deletes unused data', estimate: 4 },
  { programs: DOCKER, args: ['login'], unlessFlags: ['-p', '--password', '--password-stdin'], effect: 'interactive', category: 'prompt', reason: 'asks for a username and password', alternative: 'echo "$TOKEN" | docker login -u USER --password-stdin REGISTRY' },
  { programs: DOCKER, args: ['init'], effect: 'interactive', category: 'prompt', reason: 'docker init asks questions on the terminal', alternative: 'write the Dockerfile and compose.yaml directly' },
  { programs: DOCKER, args: ['stop|rm|kill|pause'], effect: 'work', category: 'container', reason: 'stops or removes containers (stop waits up to 10 s)', estimate: 3 },
  { programs: DOCKER, args: ['stack|service', 'deploy|create|update'], effect: 'work', category: 'container', reason: 'deploys services to a swarm', estimate: 15 },
  { programs: ['podman'], args: ['machine', 'init|start'], effect: 'work', category: 'infra', reason: 'creates or boots the podman VM', estimate: 30 },
  { programs: ['podman'], args: ['play|kube', 'kube|play'], effect: 'work', category: 'container', reason: 'pulls images and starts pods', estimate: 15 },
  { programs: DOCKER, args: ['scout|sbom'], effect: 'work', category: 'lint', reason: 'analyses an image', estimate: 20 },
  // Everything else is a quick query: ps, images, inspect, logs, version, info, network, volume, tag, cp, top.
  { programs: DOCKER, args: ['ps|images|inspect|logs|version|info|tag|cp|network|volume|context|container|image|system|top|port|diff|history|search|manifest|stats|rename|update|create|plugin|secret|config|node|swarm|rmi|buildx|compose'], effect: 'work', category: 'query', reason: 'quick container query', estimate: 1 },
  { programs: DOCKER, effect: 'work', category: 'query', reason: 'quick container query', estimate: 1 },
  { programs: ['lazydocker', 'ctop', 'dive'], effect: 'interactive', category: 'pager', reason: 'opens a full-screen interface', alternative: 'docker ps / docker image history' },
];

const KUBE_ROWS: readonly CatalogueEntry[] = [
  { programs: KUBECTL, args: ['port-forward|proxy'], effect: 'never-ends', category: 'server', reason: 'holds a tunnel open until stopped', alternative: 'run it with run_in_background: true' },
  { programs: KUBECTL, args: ['logs'], ifFlags: ['-f', '--follow'], effect: 'never-ends', category: 'follow', reason: 'follows the logs forever', alternative: 'kubectl logs --tail 100 POD' },
  { programs: KUBECTL, args: ['get|events'], ifFlags: ['-w', '--watch', '--watch-only'], effect: 'never-ends', category: 'follow', reason: 'watches for changes forever', alternative: 'drop -w for a snapshot, or kubectl wait --for=… --timeout=120s' },
  { programs: KUBECTL, args: ['attach'], effect: 'interactive', category: 'remote', reason: 'attaches the terminal to a container', alternative: 'kubectl logs --tail 100 POD' },
  { programs: KUBECTL, args: ['exec|run|debug'], ifFlags: TTY, effect: 'interactive', category: 'remote', reason: '-t needs a terminal', alternative: "kubectl exec POD -- sh -c '…' (no -it)" },
  { programs: KUBECTL, args: ['edit'], effect: 'interactive', category: 'editor', reason: 'opens the resource in an editor', alternative: 'kubectl patch …, or kubectl apply -f FILE' },
  { programs: KUBECTL, args: ['run'], ifFlags: ['-i', '--stdin', '--attach'], effect: 'work', category: 'container', reason: 'starts a pod and streams its output until it exits', estimate: 15 },
  { programs: KUBECTL, args: ['rollout', 'status'], effect: 'work', category: 'infra', reason: 'waits for the rollout to finish', estimate: 30 },
  { programs: KUBECTL, args: ['wait|drain'], effect: 'work', category: 'infra', reason: 'waits for a condition or evicts pods', estimate: 30 },
  { programs: KUBECTL, args: ['exec', '*', SLOW_IN_CONTAINER], effect: 'work', category: 'script', reason: 'runs tests, a build or migrations in a pod', estimate: 30 },
  { programs: KUBECTL, args: ['cp|delete'], effect: 'work', category: 'infra', reason: 'copies files or deletes resources (waits for graceful termination)', estimate: 3 },
  { programs: KUBECTL, args: ['krew', 'install|upgrade'], effect: 'work', category: 'install', reason: 'downloads kubectl plugins', estimate: 8 },
  // apply/get/describe/config/top/scale/patch/… return as soon as the API server answers.
  { programs: KUBECTL, args: ['get|describe|apply|create|replace|config|version|top|scale|autoscale|patch|label|annotate|explain|api-resources|api-versions|cluster-info|auth|logs|exec|run|expose|set|diff|kustomize|rollout|certificate|taint|cordon|uncordon|events|plugin|krew'], effect: 'work', category: 'query', reason: 'quick API request', estimate: 1 },
  { programs: KUBECTL, effect: 'work', category: 'query', reason: 'quick API request', estimate: 1 },
  { programs: ['stern', 'kubetail'], effect: 'never-ends', category: 'follow', reason: 'tails pod logs forever', alternative: 'kubectl logs --tail 100 POD' },
  { programs: ['kubectx', 'kubens'], effect: 'work', category: 'query', reason: 'switches the kube context', estimate: 0.5 },
  { programs: ['kustomize'], effect: 'work', category: 'build', reason: 'renders manifests', estimate: 1 },

  // Helm: --wait/--atomic block until the release is healthy.
  { programs: HELM, args: ['install|upgrade|rollback|uninstall|delete'], ifFlags: ['--wait', '--atomic', '--wait-for-jobs'], effect: 'work', category: 'infra', reason: 'changes a release and waits until it is ready', estimate: 90 },
  { programs: HELM, args: ['install|upgrade|rollback'], effect: 'work', category: 'infra', reason: 'renders charts and changes a release', estimate: 10 },
  { programs: HELM, args: ['test'], effect: 'work', category: 'test', reason: 'runs the release test pods', estimate: 30 },
  { programs: HELM, args: ['repo', 'update'], effect: 'work', category: 'download', reason: 'downloads every repository index', estimate: 5 },
  { programs: HELM, args: ['dependency|dep', 'build|update|up'], effect: 'work', category: 'download', reason: 'downloads chart dependencies', estimate: 10 },
  { programs: HELM, args: ['plugin', 'install|update'], effect: 'work', category: 'install', reason: 'downloads a plugin', estimate: 10 },
  { programs: HELM, args: ['pull|push|fetch'], effect: 'work', category: 'download', reason: 'transfers a chart', estimate: 3 },
  { programs: HELM, args: ['list|ls|template|lint|status|get|history|show|search|env|version|repo|dependency|dep|plugin|package|verify|create|diff|registry'], effect: 'work', category: 'query', reason: 'quick helm command', estimate: 1 },
  { programs: HELM, effect: 'work', category: 'query', reason: 'quick helm command (list, template, lint, status, get)', estimate: 1 },
  { programs: ['helmfile'], args: ['sync|apply|destroy|deps'], effect: 'work', category: 'infra', reason: 'applies every release', estimate: 120 },
  { programs: ['helmfile'], effect: 'work', category: 'query', reason: 'renders or diffs releases', estimate: 10 },
];

const IAC_ROWS: readonly CatalogueEntry[] = [
  // terraform apply/destroy prompt "Enter a value:" unless approved up front or given a saved plan.
  { programs: ['terragrunt'], args: ['run-all|run', 'apply|destroy'], unlessFlags: ['--terragrunt-non-interactive', '--non-interactive', '-auto-approve', '--auto-approve'], effect: 'interactive', category: 'prompt', reason: 'asks for confirmation before changing every module', alternative: 'terragrunt run-all apply --terragrunt-non-interactive' },
  { programs: ['terragrunt'], args: ['run-all|run'], effect: 'work', category: 'infra', reason: 'runs terraform in every module', estimate: 180 },
  { programs: TERRAFORM, args: ['apply|destroy'], ifFlags: ['-auto-approve', '--auto-approve'], effect: 'work', category: 'infra', reason: 'changes infrastructure', estimate: 120 },
  { programs: TERRAFORM, args: ['apply', '*'], effect: 'work', category: 'infra', reason: 'applies a saved plan without asking', estimate: 120 },
  // Decided: interactive, not slow work. Without a terminal the prompt reads EOF and the apply is cancelled.
  { programs: TERRAFORM, args: ['apply'], effect: 'interactive', category: 'prompt', reason: 'asks for confirmation ("Enter a value:") before changing anything', alternative: 'terraform plan -out=tfplan && terraform apply tfplan, or terraform apply -auto-approve' },
  { programs: TERRAFORM, args: ['destroy'], effect: 'interactive', category: 'prompt', reason: 'asks for confirmation ("Enter a value:") before destroying anything', alternative: 'terraform destroy -auto-approve (after terraform plan -destroy)' },
  { programs: TERRAFORM, args: ['apply|destroy'], effect: 'work', category: 'infra', reason: 'changes infrastructure (the answer comes from stdin)', estimate: 120 },
  { programs: TERRAFORM, args: ['console'], effect: 'interactive', category: 'repl', reason: 'opens the expression console', alternative: "echo 'EXPR' | terraform console" },
  { programs: TERRAFORM, args: ['login'], effect: 'interactive', category: 'prompt', reason: 'asks for a token in the browser and on the terminal', alternative: 'set TF_TOKEN_app_terraform_io' },
  { programs: TERRAFORM, args: ['init|get'], effect: 'work', category: 'download', reason: 'downloads providers and modules', estimate: 30 },
  { programs: TERRAFORM, args: ['plan|refresh|import'], effect: 'work', category: 'infra', reason: 'reads state and queries every provider API', estimate: 30 },
  { programs: TERRAFORM, args: ['test'], effect: 'work', category: 'test', reason: 'creates and destroys test infrastructure', estimate: 120 },
  { programs: TERRAFORM, args: ['providers'], anyArg: /^(lock|mirror)$/, effect: 'work', category: 'download', reason: 'downloads providers', estimate: 20 },
  // fmt, validate, version, output, show, state, workspace, graph: local and quick.
  { programs: TERRAFORM, args: ['fmt|validate|output|show|version|state|workspace|graph|providers|force-unlock|untaint|taint|modules|metadata|hclfmt|render-json'], effect: 'work', category: 'query', reason: 'quick local terraform command', estimate: 1.5 },
  { programs: TERRAFORM, effect: 'work', category: 'query', reason: 'quick local terraform command', estimate: 1.5 },
  { programs: ['tflint', 'tfsec', 'checkov', 'terrascan', 'trivy'], args: ['image|fs|repo|config|k8s|sbom'], effect: 'work', category: 'lint', reason: 'scans for issues (downloads a database first)', estimate: 20 },
  { programs: ['tflint', 'tfsec', 'checkov', 'terrascan', 'trivy'], effect: 'work', category: 'lint', reason: 'scans configuration', estimate: 10 },

  // Pulumi asks before changing anything unless --yes.
  { programs: ['pulumi'], args: ['up|update|destroy|refresh|import'], ifFlags: ['--yes', '-y', '--skip-preview', '-f'], effect: 'work', category: 'infra', reason: 'changes infrastructure', estimate: 120 },
  { programs: ['pulumi'], args: ['up|update|destroy|refresh|import'], effect: 'interactive', category: 'prompt', reason: 'asks "Do you want to perform this update?"', alternative: 'pulumi preview, then pulumi up --yes' },
  { programs: ['pulumi'], args: ['up|update|destroy|refresh|import'], effect: 'work', category: 'infra', reason: 'changes infrastructure', estimate: 120 },
  { programs: ['pulumi'], args: ['preview|pre'], effect: 'work', category: 'infra', reason: 'computes the diff against every provider', estimate: 30 },
  { programs: ['pulumi'], args: ['new'], unlessFlags: ['--yes', '-y'], effect: 'interactive', category: 'prompt', reason: 'asks for project settings', alternative: 'pulumi new TEMPLATE --yes --name NAME' },
  { programs: ['pulumi'], args: ['login'], noMoreArgs: true, unlessFlags: ['--local', '-l'], effect: 'interactive', category: 'prompt', reason: 'asks for an access token', alternative: 'set PULUMI_ACCESS_TOKEN, or pulumi login --local' },
  { programs: ['pulumi'], args: ['watch'], effect: 'never-ends', category: 'watch', reason: 'redeploys on change until stopped' },
  { programs: ['pulumi'], effect: 'work', category: 'query', reason: 'quick pulumi command (stack, config, whoami)', estimate: 2 },
  { programs: ['cdk'], args: ['deploy|destroy|bootstrap'], effect: 'work', category: 'infra', reason: 'synthesises and deploys CloudFormation stacks (may ask to approve security changes)', estimate: 180 },
  { programs: ['cdk'], args: ['watch'], effect: 'never-ends', category: 'watch', reason: 'redeploys on change until stopped' },
  { programs: ['cdk'], args: ['synth|diff'], effect: 'work', category: 'build', reason: 'synthesises templates', estimate: 20 },

  // Configuration management and images.
  { programs: ['ansible-playbook'], ifFlags: ['--syntax-check', '--list-tasks', '--list-hosts', '--list-tags'], effect: 'work', category: 'query', reason: 'checks or lists without running', estimate: 2 },
  { programs: ['ansible-playbook'], ifFlags: ['--ask-pass', '-k', '--ask-become-pass', '-K', '--ask-vault-pass', '-J'], effect: 'interactive', category: 'prompt', reason: 'asks for a password first', alternative: 'use --vault-password-file / become_password in a vault, or ssh keys' },
  { programs: ['ansible-playbook'], effect: 'work', category: 'infra', reason: 'runs a playbook over SSH on every host', estimate: 120 },
  { programs: ['ansible'], effect: 'work', category: 'infra', reason: 'runs an ad-hoc module on the hosts', estimate: 10 },
  { programs: ['ansible-galaxy'], args: ['install|collection|role'], effect: 'work', category: 'install', reason: 'downloads roles or collections', estimate: 20 },
  { programs: ['ansible-vault'], args: ['edit|create'], effect: 'interactive', category: 'editor', reason: 'asks for a password and opens an editor', alternative: 'ansible-vault encrypt FILE --vault-password-file PATH' },
  { programs: ['ansible-lint'], effect: 'work', category: 'lint', reason: 'lints playbooks', estimate: 15 },
  { programs: ['packer'], args: ['build'], effect: 'work', category: 'infra', reason: 'boots a machine and bakes an image', estimate: 600 },
  { programs: ['packer'], args: ['init'], effect: 'work', category: 'download', reason: 'downloads plugins', estimate: 10 },
  { programs: ['packer'], effect: 'work', category: 'query', reason: 'validates or formats templates', estimate: 1 },
  { programs: ['vagrant'], args: ['ssh'], unlessFlags: ['-c', '--command'], effect: 'interactive', category: 'remote', reason: 'opens a shell in the VM', alternative: "vagrant ssh -c 'command'" },
  { programs: ['vagrant'], args: ['destroy'], unlessFlags: ['-f', '--force'], effect: 'interactive', category: 'prompt', reason: 'asks for confirmation', alternative: 'vagrant destroy -f' },
  { programs: ['vagrant'], args: ['box', 'add|update'], effect: 'work', category: 'download', reason: 'downloads a box image', estimate: 120 },
  { programs: ['vagrant'], args: ['up|provision|reload|resume|package|destroy|halt'], effect: 'work', category: 'infra', reason: 'boots, provisions or stops a VM', estimate: 180 },
  { programs: ['vagrant'], args: ['plugin', 'install|update|repair'], effect: 'work', category: 'install', reason: 'installs Vagrant plugins (gems, resolved and built)', estimate: 30 },
  { programs: ['vagrant'], effect: 'work', category: 'query', reason: 'quick vagrant query', estimate: 2 },

  // Local clusters and dev loops.
  { programs: ['minikube'], args: ['tunnel|dashboard|mount'], effect: 'never-ends', category: 'server', reason: 'holds a tunnel, proxy or mount open until stopped' },
  { programs: ['minikube'], args: ['service'], unlessFlags: ['--url'], effect: 'never-ends', category: 'server', reason: 'opens a tunnel to the service until stopped' },
  { programs: ['minikube'], args: ['ssh'], noMoreArgs: true, effect: 'interactive', category: 'remote', reason: 'opens a shell in the node', alternative: "minikube ssh -- 'command'" },
  { programs: ['minikube'], args: ['start'], effect: 'work', category: 'infra', reason: 'boots a local cluster', estimate: 90 },
  { programs: ['minikube'], args: ['stop|delete|image|addons|cache'], effect: 'work', category: 'infra', reason: 'changes the local cluster', estimate: 15 },
  { programs: ['minikube'], effect: 'work', category: 'query', reason: 'quick minikube query', estimate: 1 },
  { programs: ['kind'], args: ['create', 'cluster'], effect: 'work', category: 'infra', reason: 'boots a cluster in containers', estimate: 60 },
  { programs: ['kind'], args: ['load|export|build'], effect: 'work', category: 'container', reason: 'loads images into the nodes', estimate: 20 },
  { programs: ['kind'], args: ['delete'], effect: 'work', category: 'infra', reason: 'deletes the cluster containers', estimate: 5 },
  { programs: ['kind'], effect: 'work', category: 'query', reason: 'quick kind query', estimate: 1 },
  { programs: ['k3d'], args: ['cluster', 'create|start'], effect: 'work', category: 'infra', reason: 'boots a k3s cluster in containers', estimate: 30 },
  { programs: ['k3d'], args: ['image', 'import'], effect: 'work', category: 'container', reason: 'loads images into the nodes', estimate: 15 },
  { programs: ['k3d'], effect: 'work', category: 'query', reason: 'quick k3d command', estimate: 3 },
  { programs: ['skaffold'], args: ['dev|debug'], effect: 'never-ends', category: 'watch', reason: 'rebuilds and redeploys on change until stopped', alternative: 'skaffold run' },
  { programs: ['skaffold'], args: ['run|build|deploy|render|test|apply|verify'], effect: 'work', category: 'container', reason: 'builds images and deploys them', estimate: 120 },
  { programs: ['skaffold'], effect: 'work', category: 'query', reason: 'quick skaffold command', estimate: 2 },
  { programs: ['tilt'], args: ['up'], effect: 'never-ends', category: 'watch', reason: 'tilt up runs the dev loop until stopped', alternative: 'tilt ci' },
  { programs: ['tilt'], args: ['ci'], effect: 'work', category: 'container', reason: 'builds and deploys until every resource is ready', estimate: 300 },
  { programs: ['tilt'], effect: 'work', category: 'query', reason: 'quick tilt command', estimate: 2 },
  { programs: ['devspace', 'garden', 'okteto'], args: ['dev|up'], effect: 'never-ends', category: 'watch', reason: 'a dev loop runs until stopped' },
  { programs: ['devspace', 'garden'], args: ['deploy|build|run|test'], effect: 'work', category: 'container', reason: 'builds and deploys', estimate: 120 },
  { programs: ['telepresence'], args: ['connect|intercept'], effect: 'work', category: 'remote', reason: 'connects the daemon to the cluster', estimate: 10 },
];

const CLOUD_ROWS: readonly CatalogueEntry[] = [
  // AWS.
  { programs: ['aws'], args: ['configure'], noMoreArgs: true, effect: 'interactive', category: 'prompt', reason: 'asks for keys and region', alternative: 'aws configure set KEY VALUE' },
  { programs: ['aws'], args: ['sso|configure', 'login|sso'], effect: 'interactive', category: 'prompt', reason: 'waits for approval in the browser', alternative: 'ask the user to log in, or use existing credentials' },
  { programs: ['aws'], args: ['ssm', 'start-session'], effect: 'interactive', category: 'remote', reason: 'opens a remote shell', alternative: 'aws ssm send-command …' },
  { programs: ['aws'], args: ['ecs', 'execute-command'], effect: 'interactive', category: 'remote', reason: 'opens a remote shell', alternative: 'aws ecs run-task …' },
  { programs: ['aws'], args: ['logs', 'tail'], ifFlags: ['--follow'], effect: 'never-ends', category: 'follow', reason: 'follows the log group forever', alternative: 'aws logs tail GROUP --since 10m' },
  { programs: ['aws'], args: ['s3', 'sync|mv'], effect: 'work', category: 'sync', reason: 'transfers many objects', estimate: 60 },
  { programs: ['aws'], args: ['s3', 'cp|rm'], ifFlags: ['--recursive', '-r'], effect: 'work', category: 'sync', reason: 'transfers or deletes many objects', estimate: 60 },
  { programs: ['aws'], args: ['s3', 'cp'], effect: 'work', category: 'download', reason: 'copies one object', estimate: 3 },
  { programs: ['aws'], args: ['cloudformation', 'deploy|create-stack|update-stack|delete-stack|wait'], effect: 'work', category: 'infra', reason: 'deploys a stack and waits', estimate: 180 },
  { programs: ['aws'], args: ['*', 'wait'], effect: 'work', category: 'infra', reason: 'polls until a resource reaches a state', estimate: 60 },
  { programs: ['aws'], effect: 'work', category: 'query', reason: 'one AWS API request', estimate: 2 },
  { programs: ['sam'], args: ['local'], anyArg: /^(start-api|start-lambda)$/, effect: 'never-ends', category: 'server', reason: 'serves the functions locally until stopped' },
  { programs: ['sam'], args: ['sync'], ifFlags: ['--watch'], effect: 'never-ends', category: 'watch', reason: 'syncs on change until stopped' },
  { programs: ['sam'], args: ['deploy'], ifFlags: ['--guided', '-g'], effect: 'interactive', category: 'prompt', reason: 'asks for each deploy setting', alternative: 'sam deploy --no-confirm-changeset (with samconfig.toml)' },
  { programs: ['sam'], args: ['build|deploy|sync|local|package'], effect: 'work', category: 'infra', reason: 'builds or deploys serverless functions', estimate: 90 },
  { programs: ['eksctl'], args: ['create|delete|upgrade'], effect: 'work', category: 'infra', reason: 'provisions a cluster with CloudFormation', estimate: 900 },
  { programs: ['copilot'], args: ['svc|env|app|job', 'deploy|init'], effect: 'work', category: 'infra', reason: 'deploys to ECS', estimate: 300 },
  { programs: ['copilot'], args: ['deploy|init'], effect: 'work', category: 'infra', reason: 'deploys to ECS', estimate: 300 },

  // Google Cloud: long operations unless --async.
  { programs: ['gcloud'], ifFlags: ['--async'], effect: 'self-background', category: 'detached', reason: 'starts the operation and returns at once', estimate: 3 },
  { programs: ['gcloud'], args: ['auth|init'], anyArg: /^(login|application-default)$/, effect: 'interactive', category: 'prompt', reason: 'waits for login in the browser', alternative: 'ask the user to log in, or gcloud auth activate-service-account --key-file=…' },
  { programs: ['gcloud'], args: ['init'], effect: 'interactive', category: 'prompt', reason: 'asks configuration questions', alternative: 'gcloud config set project PROJECT' },
  { programs: ['gcloud'], args: ['compute|cloud-shell', 'ssh'], unlessFlags: ['--command'], effect: 'interactive', category: 'remote', reason: 'opens a remote shell', alternative: "gcloud compute ssh VM --command '…'" },
  { programs: ['gcloud'], args: ['builds', 'log'], ifFlags: ['--stream'], effect: 'work', category: 'follow', reason: 'streams a build log until the build ends', estimate: 120 },
  { programs: ['gcloud'], args: ['builds', 'submit'], effect: 'work', category: 'container', reason: 'uploads the source and waits for Cloud Build', estimate: 300 },
  { programs: ['gcloud'], args: ['run|functions|app', 'deploy'], effect: 'work', category: 'infra', reason: 'builds and deploys a service', estimate: 180 },
  { programs: ['gcloud'], args: ['container|sql|compute|redis|dataproc|composer|alloydb|spanner', '*', 'create|delete|upgrade|resize|patch|import|export'], effect: 'work', category: 'infra', reason: 'provisions resources and waits', estimate: 120 },
  { programs: ['gcloud'], args: ['components', 'install|update|remove'], effect: 'work', category: 'install', reason: 'downloads SDK components', estimate: 60 },
  { programs: ['gcloud'], args: ['beta|alpha', 'emulators'], effect: 'never-ends', category: 'server', reason: 'an emulator runs until stopped' },
  { programs: ['gcloud'], args: ['storage', 'cp|rsync|mv'], ifFlags: ['-r', '--recursive'], effect: 'work', category: 'sync', reason: 'transfers many objects', estimate: 60 },
  { programs: ['gcloud'], args: ['storage', 'rsync'], effect: 'work', category: 'sync', reason: 'transfers many objects', estimate: 60 },
  { programs: ['gcloud'], effect: 'work', category: 'query', reason: 'one Google Cloud API request', estimate: 2 },
  { programs: ['gsutil'], args: ['rsync'], effect: 'work', category: 'sync', reason: 'transfers many objects', estimate: 60 },
  { programs: ['gsutil'], args: ['cp|mv|rm'], ifFlags: ['-r', '-R', '-m'], effect: 'work', category: 'sync', reason: 'transfers many objects', estimate: 60 },
  { programs: ['gsutil'], effect: 'work', category: 'query', reason: 'one storage request', estimate: 2 },

  // Azure: --no-wait returns at once.
  { programs: ['az'], ifFlags: ['--no-wait'], effect: 'self-background', category: 'detached', reason: 'starts the operation and returns at once', estimate: 3 },
  { programs: ['az'], args: ['login'], unlessFlags: ['--service-principal', '--identity', '-i', '--federated-token'], effect: 'interactive', category: 'prompt', reason: 'waits for login in the browser or a device code', alternative: 'az login --service-principal …, or ask the user to log in' },
  { programs: ['az'], args: ['ssh', 'vm|host|arc'], effect: 'interactive', category: 'remote', reason: 'opens a remote shell', alternative: 'az vm run-command invoke …' },
  { programs: ['az'], args: ['deployment'], anyArg: /^(create|delete|what-if)$/, effect: 'work', category: 'infra', reason: 'runs an ARM/Bicep deployment and waits', estimate: 180 },
  { programs: ['az'], args: ['webapp|functionapp|containerapp|staticwebapp', 'up|deploy|create|update'], effect: 'work', category: 'infra', reason: 'builds and deploys an app', estimate: 120 },
  { programs: ['az'], args: ['acr', 'build|import'], effect: 'work', category: 'container', reason: 'builds or imports an image in the registry', estimate: 180 },
  { programs: ['az'], args: ['group|aks|vm'], anyArg: /^delete$/, unlessFlags: ['--yes', '-y'], effect: 'interactive', category: 'prompt', reason: 'asks "Are you sure?" (fails without a terminal)', alternative: 'add --yes (and --no-wait to return at once)' },
  { programs: ['az'], args: ['aks|vm|vmss|sql|cosmosdb|postgres|mysql|redis|network|appservice|keyvault|containerapp|acr'], anyArg: /^(create|delete|upgrade|start|stop|restart|scale|resize|deallocate)$/, effect: 'work', category: 'infra', reason: 'provisions or changes resources and waits', estimate: 120 },
  { programs: ['az'], args: ['storage', 'account'], anyArg: /^(create|delete)$/, effect: 'work', category: 'infra', reason: 'provisions a storage account and waits', estimate: 30 },
  { programs: ['az'], args: ['storage', 'blob', 'upload-batch|download-batch|sync'], effect: 'work', category: 'sync', reason: 'transfers many blobs', estimate: 60 },
  { programs: ['azcopy'], effect: 'work', category: 'sync', reason: 'transfers many blobs', estimate: 60 },
  { programs: ['az'], args: ['aks', 'get-credentials'], effect: 'work', category: 'query', reason: 'writes kubeconfig', estimate: 2 },
  { programs: ['az'], effect: 'work', category: 'query', reason: 'one Azure API request', estimate: 2 },

  // Platform CLIs.
  { programs: ['fly', 'flyctl'], args: ['logs'], unlessFlags: ['--no-tail', '-n'], effect: 'never-ends', category: 'follow', reason: 'streams logs forever', alternative: 'fly logs --no-tail' },
  { programs: ['fly', 'flyctl'], args: ['ssh|console'], unlessFlags: ['-C', '--command'], effect: 'interactive', category: 'remote', reason: 'opens a remote shell', alternative: "fly ssh console -C '…'" },
  { programs: ['fly', 'flyctl'], args: ['proxy'], effect: 'never-ends', category: 'server', reason: 'holds a tunnel open until stopped' },
  { programs: ['fly', 'flyctl'], args: ['deploy|launch|scale|machine'], effect: 'work', category: 'infra', reason: 'builds and deploys', estimate: 120 },
  { programs: ['fly', 'flyctl'], effect: 'work', category: 'query', reason: 'one API request', estimate: 2 },
  { programs: ['heroku'], args: ['logs'], ifFlags: ['--tail', '-t'], effect: 'never-ends', category: 'follow', reason: 'streams logs forever', alternative: 'heroku logs -n 200' },
  { programs: ['heroku'], args: ['run'], anyArg: /^(bash|sh|console|rails)$/, effect: 'interactive', category: 'remote', reason: 'opens a remote console', alternative: 'heroku run --no-tty CMD' },
  { programs: ['heroku'], effect: 'work', category: 'query', reason: 'one API request', estimate: 2 },
  { programs: ['railway'], args: ['up|deploy'], unlessFlags: ['-d', '--detach'], effect: 'work', category: 'infra', reason: 'uploads and follows the deploy', estimate: 120 },
  { programs: ['railway'], args: ['logs'], effect: 'never-ends', category: 'follow', reason: 'streams logs forever' },
  { programs: ['doctl'], args: ['kubernetes|databases|compute'], anyArg: /^(create|delete)$/, unlessFlags: ['--wait=false'], effect: 'work', category: 'infra', reason: 'provisions resources and waits', estimate: 300 },
];

export const CONTAINERS_ROWS: readonly CatalogueEntry[] = [...DOCKER_ROWS, ...KUBE_ROWS, ...IAC_ROWS, ...CLOUD_ROWS];
