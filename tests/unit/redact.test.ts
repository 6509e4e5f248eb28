/**
 * Secret redaction: realistic commands carrying fake credentials come back without the secret
 * but with their program, flags and structure; ordinary commands come back unchanged; the
 * function is idempotent, linear and fast enough for a hook.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { containsSecret, redactSecrets } from '../../src/privacy/redact.js';

// Fake credentials, assembled from parts so secret scanners (push protection) do not flag this file.
const j = (...parts: string[]): string => parts.join('');
const GHP = j('ghp', '_Zx81kQm2Lr7Tn4Vb9Wc3Yd6Fh0Jp5Ks2Ug8E');
const GHS = j('ghs', '_Ab3De5Fg7Hi9Jk1Lm3No5Pq7Rs9Tu1Vw3Xy5');
const GH_PAT = j('github', '_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUV');
const GLPAT = j('glpat', '-x7Yk2Lm9Np4Qr8St1Uv6');
const AKIA = j('AKIA', '2E0A8F3B244C9986');
const AWS_SECRET = j('Zk8vQm2Lr7Tn4Vb9Wc3Y', 'd6Fh0Jp5Ks2Ug8Ea1Ob');
const GCP = j('AIza', 'SyD4x8Kq2Lm7Np9Rt3Vw5Yz1Bc6Df0Gh2Jk');
const YA29 = j('ya29', '.a0AfB_byC3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8S9t0');
const AZ_KEY = j('q8Zk2Lm7Np9Rt3Vw5Yz1Bc6Df0Gh2Jk4Lm8Np0Qr2St4Uv6Wx8Yz0Ab2Cd4Ef6Gh8Ij0', '==');
const AZ_SIG = j('Qm2Lr7Tn4Vb9Wc3Yd6Fh0Jp5Ks2Ug8Ea1Ob', '%3D');
const SLACK_HOOK = j('T0A1B2C3D/B4E5F6G7H/', 'x9Y8z7W6v5U4t3S2r1Q0p9O8');
const XOXB = j('xoxb', '-1234567890-0987654321098-AbCdEfGhIjKlMnOpQrStUvWx');
const SK_LIVE = j('sk_live', '_51Hx8Kq2Lm7Np9Rt3Vw5Yz1Bc6');
const RK_TEST = j('rk_test', '_51Hx8Kq2Lm7Np9Rt3Vw5Yz1Bc6Df0');
const SK_TEST = j('sk_test', '_51Hx8Kq2Lm7Np9Rt3Vw5Yz1Bc6Df0');
const PK_LIVE = j('pk_live', '_51Hx8Kq2Lm7Np9Rt3Vw5Yz1Bc6Df0');
const OPENAI = j('sk-proj', '-Ab3De5Fg7Hi9Jk1Lm3No5Pq7Rs9Tu1Vw3Xy5Za7Bc9De');
const OPENAI_LEGACY = j('sk-', 'Ab3De5Fg7Hi9Jk1Lm3No5Pq7Rs9Tu1Vw3Xy5');
const ANTHROPIC = j('sk-ant', '-api03-Xy7Zk2Lm9Np4Qr8St1Uv6Wx3Yz5Ab7Cd9Ef1Gh3Ij5Kl7-AbCdEfAA');
const HF = j('hf', '_AbCdEfGhIjKlMnOpQrStUvWxYz01234567');
const NPM = j('npm', '_Ab3De5Fg7Hi9Jk1Lm3No5Pq7Rs9Tu1Vw3Xy5');
const PYPI = j('pypi', '-AgEIcHlwaS5vcmcCJGE4ZjZkZTEwLTkxYzctNDk2MS1iOWY2LWE1ZGU4ZDY3NzQ4MAACKlszLCJiZjY');
const DOCKER_PAT = j('dckr', '_pat_2bX9kQ7mVw4Lr8Tn1Yc6Hs3Jd0');
const DO_TOKEN = j('dop', '_v1_3f9a2b7c4d1e8f6a5b0c9d2e7f4a1b8c3d6e9f2a5b8c1d4e7f0a3b6c9d2e5f8a');
const SENDGRID = j('SG', '.aBcDeFgHiJkLmNoPqRsTuV.wXyZ0123456789aBcDeFgHiJkLmNoPqRsTuVwXyZ012');
const TWILIO_SID = j('AC', '0123456789abcdef0123456789abcdef');
const TWILIO_TOKEN = j('f1e2d3c4b5a69788', 'a1b2c3d4e5f60718');
const JWT = j('eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9', '.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4ifQ', '.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c');
const HEX40 = j('a1b2c3d4e5f6a7b8c9d0', 'e1f2a3b4c5d6e7f8a9b0');
const DISCORD = j('AbCdEfGhIjKlMnOpQrStUvWxYz', '0123456789-_abcdefgh');
const SENTRY = j('sntrys', '_eyJpYXQiOjE3MDAwMDAwMDAsInVybCI6Imh0dHBzOi8vc2VudHJ5LmlvIn0');
const VAULT = j('hvs', '.CAESIJx7Yk2Lm9Np4Qr8St1Uv6Wx3Yz5Ab7Cd9Ef1');
const KEY_BODY = j('MIIEpAIBAAKCAQEAx4UbaDzY1aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789abcdefghij\n', 'bGhpcyBpcyBub3QgYSByZWFsIGtleSBqdXN0IGZha2UgZGF0YQ==');
const SSH_BODY = j('b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n', 'QyNTUxOQAAACBmYWtla2V5ZmFrZWtleWZha2VrZXlmYWtla2V5ZmFrZQAAAJhmYWtl');
const BEGIN = (label: string): string => `-----BEGIN ${label}PRIVATE KEY-----`;
const END = (label: string): string => `-----END ${label}PRIVATE KEY-----`;

interface Case {
  cmd: string;
  /** Exact substrings that must be gone. */
  secrets: string[];
  /** Non-secret parts (program, flags, keys, hosts) that must survive. */
  keep: string[];
}

const SECRET_CASES: Case[] = [
  // Authorization headers in their many spellings
  { cmd: 'curl -H "Authorization: Bearer abcDEF123456ghiJKL789" https://api.example.com/v1/me', secrets: ['abcDEF123456ghiJKL789'], keep: ['curl -H "Authorization: Bearer ', 'https://api.example.com/v1/me'] },
  { cmd: `curl --header='authorization: token ${GHP}' https://api.github.com/user`, secrets: [GHP], keep: ["--header='authorization: token ", "' https://api.github.com/user"] },
  { cmd: 'wget --header="Authorization: token 0123456789abcdef0123456789abcdef01234567" https://api.github.com/user', secrets: ['0123456789abcdef0123456789abcdef01234567'], keep: ['wget --header="Authorization: token '] },
  { cmd: 'curl -H "Authorization: Basic YWxpY2U6c2VjcmV0" https://example.com/admin', secrets: ['YWxpY2U6c2VjcmV0'], keep: ['Authorization: Basic '] },
  { cmd: 'curl -x proxy:3128 -H "Proxy-Authorization: Basic YWxpY2U6c2VjcmV0Mg==" https://example.com', secrets: ['YWxpY2U6c2VjcmV0Mg=='], keep: ['Proxy-Authorization: Basic ', 'curl -x proxy:3128'] },
  { cmd: 'export AUTH_HEADER="Authorization=Basic dXNlcjpwYXNzd29yZA=="', secrets: ['dXNlcjpwYXNzd29yZA=='], keep: ['export AUTH_HEADER="Authorization=Basic '] },
  { cmd: "xh POST api.example.com/items Authorization:'Bearer Zk2Lm9Np4Qr8St1Uv6Wx3'", secrets: ['Zk2Lm9Np4Qr8St1Uv6Wx3'], keep: ['xh POST api.example.com/items Authorization:'] },
  { cmd: `curl -H "Authorization: Bearer ${YA29}" https://www.googleapis.com/drive/v3/files`, secrets: [YA29, 'a0AfB_byC3d4'], keep: ['Authorization: Bearer ', 'googleapis.com/drive'] },
  { cmd: `curl -H "Authorization: Bearer ${JWT}" http://localhost:8080/me`, secrets: [JWT, 'SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c'], keep: ['Authorization: Bearer ', 'localhost:8080/me'] },
  { cmd: `curl --request POST --url https://api.sendgrid.com/v3/mail/send --header "Authorization: Bearer ${SENDGRID}"`, secrets: [SENDGRID], keep: ['--header "Authorization: Bearer ', 'api.sendgrid.com'] },
  // Other credential headers
  { cmd: 'http POST api.example.com/items X-Api-Key:5f4dcc3b5aa765d61d8327deb882cf99 name=demo', secrets: ['5f4dcc3b5aa765d61d8327deb882cf99'], keep: ['http POST api.example.com/items X-Api-Key:', 'name=demo'] },
  { cmd: 'curl -H "X-Auth-Token: 7c6b5a49-3827-4615-a0b9-c8d7e6f5a4b3" https://api.example.com/v2/servers', secrets: ['7c6b5a49-3827-4615-a0b9-c8d7e6f5a4b3'], keep: ['-H "X-Auth-Token: '] },
  { cmd: 'curl --header "PRIVATE-TOKEN: Zk8vQm2Lr7Tn4Vb9Wc3Y" https://gitlab.example.com/api/v4/projects', secrets: ['Zk8vQm2Lr7Tn4Vb9Wc3Y'], keep: ['"PRIVATE-TOKEN: ', 'api/v4/projects'] },
  { cmd: 'curl -H "api-key: 0a1b2c3d4e5f60718293a4b5c6d7e8f9" https://acme.openai.azure.com/openai/deployments', secrets: ['0a1b2c3d4e5f60718293a4b5c6d7e8f9'], keep: ['-H "api-key: '] },
  { cmd: `curl -H "x-goog-api-key: ${GCP}" https://generativelanguage.googleapis.com/v1/models`, secrets: [GCP], keep: ['x-goog-api-key: '] },
  { cmd: "curl -H 'Cookie: sessionid=9f8e7d6c5b4a3210fedcba98; csrftoken=AbCdEf123456' https://app.example.com/admin", secrets: ['9f8e7d6c5b4a3210fedcba98', 'AbCdEf123456'], keep: ["-H 'Cookie: ", 'https://app.example.com/admin'] },
  // Credentials in URLs
  { cmd: `git clone https://${GHP}@github.com/acme/app.git`, secrets: [GHP], keep: ['git clone https://', '@github.com/acme/app.git'] },
  { cmd: `git remote set-url origin https://oauth2:${GLPAT}@gitlab.com/acme/api.git`, secrets: [GLPAT], keep: ['git remote set-url origin https://oauth2:', '@gitlab.com/acme/api.git'] },
  { cmd: `git clone https://x-access-token:${GHS}@github.com/acme/app.git`, secrets: [GHS], keep: ['https://x-access-token:', '@github.com/acme/app.git'] },
  { cmd: `git clone https://${HEX40}@github.com/acme/app.git`, secrets: [HEX40], keep: ['git clone https://', '@github.com/acme/app.git'] },
  { cmd: `git config --global url."https://${GHP}@github.com/".insteadOf "https://github.com/"`, secrets: [GHP], keep: ['git config --global url."https://', '.insteadOf "https://github.com/"'] },
  { cmd: 'psql "postgresql://analytics:An4lyt1cs!@warehouse.internal:5432/dw?sslmode=require" -c \'select 1\'', secrets: ['An4lyt1cs!'], keep: ['psql "postgresql://analytics:', '@warehouse.internal:5432/dw?sslmode=require"'] },
  { cmd: 'mongosh "mongodb+srv://admin:M0ng0Pa55w0rd@cluster0.ab1cd.mongodb.net/prod"', secrets: ['M0ng0Pa55w0rd'], keep: ['mongodb+srv://admin:', '@cluster0.ab1cd.mongodb.net/prod'] },
  { cmd: 'celery -A app worker --broker amqp://guest:Rabb1tPw@rabbit:5672//', secrets: ['Rabb1tPw'], keep: ['celery -A app worker --broker amqp://guest:', '@rabbit:5672//'] },
  { cmd: 'redis-cli -u redis://:hunter2pass@localhost:6379 ping', secrets: ['hunter2pass'], keep: ['redis-cli -u redis://:', '@localhost:6379 ping'] },
  { cmd: 'pip install --index-url https://deploy:Pyp1Pass@pypi.internal.example.com/simple acme-lib', secrets: ['Pyp1Pass'], keep: ['pip install --index-url https://deploy:', '@pypi.internal.example.com/simple acme-lib'] },
  { cmd: "curl 'https://api.example.com/v1/data?access_token=EAAB1234abcd5678efgh&limit=10'", secrets: ['EAAB1234abcd5678efgh'], keep: ['?access_token=', '&limit=10'] },
  { cmd: `curl "https://maps.googleapis.com/maps/api/geocode/json?address=Paris&key=${GCP}"`, secrets: [GCP], keep: ['geocode/json?address=Paris&key='] },
  { cmd: `azcopy copy ./build "https://acmestore.blob.core.windows.net/web?sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2025-01-01T00:00:00Z&sig=${AZ_SIG}" --recursive`, secrets: [AZ_SIG], keep: ['azcopy copy ./build', 'sv=2022-11-02', '&sig=', '--recursive'] },
  { cmd: `curl -X POST -H 'Content-type: application/json' --data '{"text":"deploy done"}' https://hooks.slack.com/services/${SLACK_HOOK}`, secrets: [SLACK_HOOK, 'x9Y8z7W6v5U4t3S2r1Q0p9O8'], keep: ['https://hooks.slack.com/services/', '{"text":"deploy done"}'] },
  { cmd: `curl -X POST "https://discord.com/api/webhooks/123456789012345678/${DISCORD}" -d '{"content":"hi"}'`, secrets: [DISCORD], keep: ['https://discord.com/api/webhooks/123456789012345678/'] },
  // Provider tokens by prefix
  { cmd: `gh auth login --with-token <<< ${GHP}`, secrets: [GHP], keep: ['gh auth login --with-token <<< '] },
  { cmd: `echo "${GH_PAT}" | gh auth login --with-token`, secrets: [GH_PAT], keep: ['| gh auth login --with-token'] },
  { cmd: `export GITLAB_TOKEN=${GLPAT} && glab mr list`, secrets: [GLPAT], keep: ['export GITLAB_TOKEN=', '&& glab mr list'] },
  { cmd: `SLACK_BOT_TOKEN=${XOXB} node bot.js`, secrets: [XOXB], keep: ['SLACK_BOT_TOKEN=', ' node bot.js'] },
  { cmd: `curl https://api.stripe.com/v1/charges -u ${SK_LIVE}: -d amount=2000`, secrets: [SK_LIVE], keep: ['curl https://api.stripe.com/v1/charges -u ', '-d amount=2000'] },
  { cmd: `stripe listen --api-key ${RK_TEST} --forward-to localhost:3000/webhook`, secrets: [RK_TEST], keep: ['stripe listen --api-key ', '--forward-to localhost:3000/webhook'] },
  { cmd: `OPENAI_API_KEY=${OPENAI} python app.py`, secrets: [OPENAI], keep: ['OPENAI_API_KEY=', ' python app.py'] },
  { cmd: `python3 -c "import openai; openai.api_key = '${OPENAI_LEGACY}'"`, secrets: [OPENAI_LEGACY], keep: ['python3 -c "import openai; openai.api_key = '] },
  { cmd: `export ANTHROPIC_API_KEY="${ANTHROPIC}"`, secrets: [ANTHROPIC], keep: ['export ANTHROPIC_API_KEY="'] },
  { cmd: `huggingface-cli login --token ${HF}`, secrets: [HF], keep: ['huggingface-cli login --token '] },
  { cmd: `npm config set //registry.npmjs.org/:_authToken=${NPM}`, secrets: [NPM], keep: ['npm config set //registry.npmjs.org/:_authToken='] },
  { cmd: `twine upload -u __token__ -p ${PYPI} dist/*`, secrets: [PYPI], keep: ['twine upload -u __token__ -p ', ' dist/*'] },
  { cmd: `echo ${DOCKER_PAT} | docker login -u me --password-stdin`, secrets: [DOCKER_PAT], keep: ['docker login -u me --password-stdin'] },
  { cmd: `doctl auth init --access-token ${DO_TOKEN}`, secrets: [DO_TOKEN], keep: ['doctl auth init --access-token '] },
  { cmd: `curl -X POST https://api.twilio.com/2010-04-01/Accounts/${TWILIO_SID}/Messages.json -u ${TWILIO_SID}:${TWILIO_TOKEN} --data-urlencode "Body=hi"`, secrets: [TWILIO_TOKEN], keep: [`Accounts/${TWILIO_SID}/Messages.json`, `-u ${TWILIO_SID}:`, '--data-urlencode "Body=hi"'] },
  { cmd: `TWILIO_AUTH_TOKEN=${TWILIO_TOKEN} node send.js`, secrets: [TWILIO_TOKEN], keep: ['TWILIO_AUTH_TOKEN=', ' node send.js'] },
  { cmd: `SENTRY_AUTH_TOKEN=${SENTRY} npx @sentry/wizard -i nextjs`, secrets: [SENTRY], keep: ['SENTRY_AUTH_TOKEN=', 'npx @sentry/wizard -i nextjs'] },
  { cmd: `vault login ${VAULT}`, secrets: [VAULT], keep: ['vault login '] },
  // AWS, GCP, Azure
  { cmd: `aws configure set aws_access_key_id ${AKIA} && aws configure set aws_secret_access_key ${AWS_SECRET}`, secrets: [AKIA, AWS_SECRET], keep: ['aws configure set aws_access_key_id ', '&& aws configure set aws_secret_access_key '] },
  { cmd: `AWS_ACCESS_KEY_ID=${AKIA} AWS_SECRET_ACCESS_KEY=${AWS_SECRET} aws s3 ls s3://acme-backups`, secrets: [AKIA, AWS_SECRET], keep: ['AWS_ACCESS_KEY_ID=', ' AWS_SECRET_ACCESS_KEY=', ' aws s3 ls s3://acme-backups'] },
  { cmd: `cat > ~/.aws/credentials <<EOF\n[default]\naws_access_key_id = ${AKIA}\naws_secret_access_key = ${AWS_SECRET}\nregion = eu-west-1\nEOF`, secrets: [AKIA, AWS_SECRET], keep: ['cat > ~/.aws/credentials <<EOF\n[default]\naws_access_key_id = ', 'aws_secret_access_key = ', 'region = eu-west-1\nEOF'] },
  { cmd: `az storage blob upload --connection-string "DefaultEndpointsProtocol=https;AccountName=acmestore;AccountKey=${AZ_KEY};EndpointSuffix=core.windows.net" -f a.txt -c web -n a.txt`, secrets: [AZ_KEY], keep: ['az storage blob upload --connection-string "DefaultEndpointsProtocol=https;AccountName=acmestore;AccountKey=', ';EndpointSuffix=core.windows.net" -f a.txt'] },
  { cmd: `az storage container list --account-name acmestore --account-key ${AZ_KEY}`, secrets: [AZ_KEY], keep: ['az storage container list --account-name acmestore --account-key '] },
  { cmd: "az login --service-principal -u 1f2e3d4c-5b6a-7980-1a2b-3c4d5e6f7a8b -p 'Az~Secr3t.Value_9' --tenant acme.onmicrosoft.com", secrets: ['Az~Secr3t.Value_9'], keep: ['az login --service-principal -u 1f2e3d4c-5b6a-7980-1a2b-3c4d5e6f7a8b -p ', '--tenant acme.onmicrosoft.com'] },
  // Registries and login commands
  { cmd: "docker login -u deploy -p 'Dock3r!Pass' registry.example.com", secrets: ['Dock3r!Pass'], keep: ['docker login -u deploy -p ', 'registry.example.com'] },
  { cmd: `docker login registry.gitlab.com -u ci -p ${GLPAT}`, secrets: [GLPAT], keep: ['docker login registry.gitlab.com -u ci -p '] },
  { cmd: 'kubectl create secret docker-registry regcred --docker-server=ghcr.io --docker-username=bot --docker-password=Rg_Pass_77', secrets: ['Rg_Pass_77'], keep: ['--docker-server=ghcr.io --docker-username=bot --docker-password='] },
  { cmd: 'az containerapp up -n api --registry-server acme.azurecr.io --registry-username acme --registry-password Acr+Pw/55x', secrets: ['Acr+Pw/55x'], keep: ['--registry-username acme --registry-password '] },
  { cmd: 'sshpass -p \'hunter2\' ssh -p 2222 root@10.0.0.1 "uptime"', secrets: ['hunter2'], keep: ['sshpass -p ', 'ssh -p 2222 root@10.0.0.1 "uptime"'] },
  { cmd: 'sshpass -pS3cretPw ssh admin@10.0.0.5 uptime', secrets: ['S3cretPw'], keep: ['sshpass -p', 'ssh admin@10.0.0.5 uptime'] },
  // Databases
  { cmd: 'PGPASSWORD=pg-S3cret psql -h localhost -U app app', secrets: ['pg-S3cret'], keep: ['PGPASSWORD=', ' psql -h localhost -U app app'] },
  { cmd: "MYSQL_PWD=My5qlPw mysql -u root -e 'show databases'", secrets: ['My5qlPw'], keep: ['MYSQL_PWD=', " mysql -u root -e 'show databases'"] },
  { cmd: 'mysql -u root -pS3cret mydb', secrets: ['S3cret'], keep: ['mysql -u root -p', ' mydb'] },
  { cmd: "mysqldump -u backup -p'B4ckup!Pw' --all-databases > dump.sql", secrets: ['B4ckup!Pw'], keep: ["mysqldump -u backup -p'", "' --all-databases > dump.sql"] },
  { cmd: 'mariadb -h db -P 3306 -u root -p"R00tPw" shop', secrets: ['R00tPw'], keep: ['mariadb -h db -P 3306 -u root -p"', '" shop'] },
  { cmd: 'redis-cli -h cache -a R3disPw ping', secrets: ['R3disPw'], keep: ['redis-cli -h cache -a ', ' ping'] },
  { cmd: 'mongodump --username admin --password=M0ng0Dump! --out /backup', secrets: ['M0ng0Dump!'], keep: ['mongodump --username admin --password=', ' --out /backup'] },
  { cmd: "docker exec -it sql /opt/mssql-tools/bin/sqlcmd -S localhost -U SA -P 'YourStr0ng@Passw0rd'", secrets: ['YourStr0ng@Passw0rd'], keep: ['sqlcmd -S localhost -U SA -P '] },
  { cmd: 'mongosh --host db -u admin -p M0ng0Pw --authenticationDatabase admin', secrets: ['M0ng0Pw'], keep: ['mongosh --host db -u admin -p ', ' --authenticationDatabase admin'] },
  { cmd: 'ldapsearch -x -D "cn=admin,dc=example,dc=org" -w LdapPw1 -b dc=example,dc=org', secrets: ['LdapPw1'], keep: ['ldapsearch -x -D "cn=admin,dc=example,dc=org" -w ', ' -b dc=example,dc=org'] },
  // Archives and shares
  { cmd: '7z a -pS3cret7z -mhe=on backup.7z data/', secrets: ['S3cret7z'], keep: ['7z a -p', ' -mhe=on backup.7z data/'] },
  { cmd: 'zip -r -P ZipPw99 out.zip dir && unzip -P ZipPw99 out.zip -d x', secrets: ['ZipPw99'], keep: ['zip -r -P ', ' out.zip dir && unzip -P ', ' out.zip -d x'] },
  { cmd: 'smbclient //fileserver/share -U alice%SmbPw1 -c "ls"', secrets: ['SmbPw1'], keep: ['smbclient //fileserver/share -U alice%', ' -c "ls"'] },
  // curl/httpie users, Jenkins, netrc
  { cmd: 'curl -u admin:Adm1nPa55 http://localhost:9200/_cluster/health', secrets: ['Adm1nPa55'], keep: ['curl -u admin:', ' http://localhost:9200/_cluster/health'] },
  { cmd: 'curl --user "ci-bot:Xk9#mP2vL" https://jenkins.example.com/api/json', secrets: ['Xk9#mP2vL'], keep: ['curl --user "ci-bot:', '" https://jenkins.example.com/api/json'] },
  { cmd: 'http --auth alice:Al1cePw https://example.com/api', secrets: ['Al1cePw'], keep: ['http --auth ', 'https://example.com/api'] },
  { cmd: "echo 'machine api.heroku.com login me@example.com password 8d7c6b5a-4938-2716-a5b4-c3d2e1f0a9b8' >> ~/.netrc", secrets: ['8d7c6b5a-4938-2716-a5b4-c3d2e1f0a9b8'], keep: ["echo 'machine api.heroku.com login me@example.com password ", "' >> ~/.netrc"] },
  { cmd: "printf 'machine github.com\n  login octocat\n  password NetrcPw99\n' > ~/.netrc", secrets: ['NetrcPw99'], keep: ["printf 'machine github.com\n  login octocat\n  password ", ' > ~/.netrc'] },
  // Environment assignments in their many forms
  { cmd: 'export DB_PASS=hunter2pw && npm run migrate', secrets: ['hunter2pw'], keep: ['export DB_PASS=', ' && npm run migrate'] },
  { cmd: 'env API_KEY=abcd1234efgh5678 SECRET_KEY=django-insecure-x9y8z7 ./manage.py runserver', secrets: ['abcd1234efgh5678', 'django-insecure-x9y8z7'], keep: ['env API_KEY=', ' SECRET_KEY=', ' ./manage.py runserver'] },
  { cmd: 'docker build --build-arg NPM_TOKEN=npm-tok-9f8e7d6c5b4a3210 -t app .', secrets: ['npm-tok-9f8e7d6c5b4a3210'], keep: ['docker build --build-arg NPM_TOKEN=', ' -t app .'] },
  { cmd: 'docker run --env DATABASE_PASSWORD=DbPw_2024 -e API_SECRET="s3cr3t value" postgres', secrets: ['DbPw_2024', 's3cr3t value'], keep: ['docker run --env DATABASE_PASSWORD=', ' -e API_SECRET="', '" postgres'] },
  { cmd: "docker run -e 'DB_PASSWORD=correct horse battery' -e NODE_ENV=production app", secrets: ['correct horse battery', 'horse'], keep: ["docker run -e 'DB_PASSWORD=", "' -e NODE_ENV=production app"] },
  { cmd: 'terraform plan -var "db_password=Tf-Pass-2024" -var "api_token=tok_9f8e7d6c5b4a"', secrets: ['Tf-Pass-2024', 'tok_9f8e7d6c5b4a'], keep: ['terraform plan -var "db_password=', '" -var "api_token='] },
  { cmd: "terraform apply -var 'db_password=Tf$ecret!2024' -var region=us-east-1", secrets: ['Tf$ecret!2024'], keep: ["terraform apply -var 'db_password=", "' -var region=us-east-1"] },
  { cmd: 'TF_VAR_db_password=TfV4rPw terraform apply -auto-approve', secrets: ['TfV4rPw'], keep: ['TF_VAR_db_password=', ' terraform apply -auto-approve'] },
  { cmd: 'helm upgrade --install app ./chart --set secrets.apiKey=abc123def456ghi --set image.tag=v1.2.3', secrets: ['abc123def456ghi'], keep: ['helm upgrade --install app ./chart --set secrets.apiKey=', ' --set image.tag=v1.2.3'] },
  { cmd: 'helm install db bitnami/postgresql --set auth.password=Pg_Pass123,auth.username=app', secrets: ['Pg_Pass123'], keep: ['--set auth.password=', ',auth.username=app'] },
  { cmd: 'kubectl create secret generic api --from-literal=API_KEY=k8sApiKey123 --from-literal=password=hunter22', secrets: ['k8sApiKey123', 'hunter22'], keep: ['kubectl create secret generic api --from-literal=API_KEY=', ' --from-literal=password='] },
  { cmd: `cat > .env <<'EOF'\nDATABASE_URL=postgres://app:EnvPw123@db:5432/app\nJWT_SECRET=9f8e7d6c5b4a3210fedcba\nSTRIPE_SECRET_KEY=${SK_TEST}\nNODE_ENV=development\nEOF`, secrets: ['EnvPw123', '9f8e7d6c5b4a3210fedcba', SK_TEST], keep: ["cat > .env <<'EOF'\nDATABASE_URL=postgres://app:", '@db:5432/app\nJWT_SECRET=', '\nSTRIPE_SECRET_KEY=', '\nNODE_ENV=development\nEOF'] },
  { cmd: 'cat > config.yml <<EOF\ndatabase:\n  host: db.internal\n  password: hunter2yaml\n  api_key: "k3y-from-yaml-99"\nEOF', secrets: ['hunter2yaml', 'k3y-from-yaml-99'], keep: ['database:\n  host: db.internal\n  password: ', '  api_key: "'] },
  // CLI flags carrying values
  { cmd: 'vercel deploy --prod --token Vc1AbCdEfGhIjKlMnOpQrSt', secrets: ['Vc1AbCdEfGhIjKlMnOpQrSt'], keep: ['vercel deploy --prod --token '] },
  { cmd: 'kubelogin convert-kubeconfig -l spn --client-id 0a1b2c3d --client-secret \'Kl~8Q~abcDEF123\'', secrets: ['Kl~8Q~abcDEF123'], keep: ['kubelogin convert-kubeconfig -l spn --client-id 0a1b2c3d --client-secret '] },
  { cmd: 'cast send 0xAbC0000000000000000000000000000000000001 "ping()" --private-key 0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d', secrets: ['0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d'], keep: ['cast send 0xAbC0000000000000000000000000000000000001 "ping()" --private-key '] },
  { cmd: 's3cmd --access_key=AKIDEXAMPLE1234 --secret_key=wJalrXUtnFEMIK7MDENGbPxRfiCYzEXAMPLE ls s3://bucket', secrets: ['wJalrXUtnFEMIK7MDENGbPxRfiCYzEXAMPLE'], keep: ['s3cmd --access_key=', ' --secret_key=', ' ls s3://bucket'] },
  { cmd: 'ibmcloud login --apikey Ib3mApiK3yValue0987654321 -r us-south', secrets: ['Ib3mApiK3yValue0987654321'], keep: ['ibmcloud login --apikey ', ' -r us-south'] },
  { cmd: 'openssl pkcs12 -export -in cert.pem -inkey key.pem -out cert.p12 -passout pass:P12Pass!', secrets: ['P12Pass!'], keep: ['openssl pkcs12 -export -in cert.pem -inkey key.pem -out cert.p12 -passout '] },
  { cmd: 'keytool -importkeystore -srckeystore a.jks -srcstorepass ChangeIt1 -destkeystore b.p12 -deststorepass ChangeIt2', secrets: ['ChangeIt1', 'ChangeIt2'], keep: ['-srcstorepass ', ' -destkeystore b.p12 -deststorepass '] },
  { cmd: 'gh secret set DEPLOY_KEY --body "deploy-secret-value-123" --repo acme/app', secrets: ['deploy-secret-value-123'], keep: ['gh secret set DEPLOY_KEY --body "', '" --repo acme/app'] },
  { cmd: 'ngrok config add-authtoken 2AbCdEfGhIjKlMnOpQrStUvWxYz_0123456789abcdefgh', secrets: ['2AbCdEfGhIjKlMnOpQrStUvWxYz_0123456789abcdefgh'], keep: ['ngrok config add-authtoken '] },
  { cmd: 'curl --oauth2-bearer abc123TOKEN456 https://api.example.com/me', secrets: ['abc123TOKEN456'], keep: ['curl --oauth2-bearer ', ' https://api.example.com/me'] },
  { cmd: 'aws secretsmanager create-secret --name prod/db --secret-string S3cr3tPlain', secrets: ['S3cr3tPlain'], keep: ['aws secretsmanager create-secret --name prod/db --secret-string '] },
  { cmd: 'gpg --batch --pinentry-mode loopback --passphrase S3cretPhrase -d backup.tar.gpg', secrets: ['S3cretPhrase'], keep: ['--passphrase ', ' -d backup.tar.gpg'] },
  // Bodies, code and private keys
  { cmd: 'curl -d "client_id=web&client_secret=Cs3cr3tValue&grant_type=client_credentials" https://auth.example.com/oauth/token', secrets: ['Cs3cr3tValue'], keep: ['client_id=web&client_secret=', '&grant_type=client_credentials'] },
  { cmd: `export DOCKER_AUTH_CONFIG='{"auths":{"registry.example.com":{"auth":"dXNlcjpwYXNzd29yZA=="}}}'`, secrets: ['dXNlcjpwYXNzd29yZA=='], keep: [`export DOCKER_AUTH_CONFIG='{"auths":{"registry.example.com":{"auth":"`] },
  { cmd: 'psql "host=db.internal port=5432 user=app password=PgPw123 dbname=app"', secrets: ['PgPw123'], keep: ['psql "host=db.internal port=5432 user=app password=', ' dbname=app"'] },
  { cmd: 'curl -s -X POST http://localhost:3000/api/login -H "Content-Type: application/json" -d \'{"email":"alice@example.com","password":"Al1ce-Pw!"}\' | jq -r .token', secrets: ['Al1ce-Pw!'], keep: ['"email":"alice@example.com","password":"', '"}\' | jq -r .token'] },
  { cmd: `cat > key.pem <<'EOF'\n${BEGIN('RSA ')}\n${KEY_BODY}\n${END('RSA ')}\nEOF\nchmod 600 key.pem`, secrets: [KEY_BODY, 'MIIEpAIBAAKCAQEA', 'bGhpcyBpcyBub3Qg'], keep: [`cat > key.pem <<'EOF'\n${BEGIN('RSA ')}\n`, `\n${END('RSA ')}\nEOF\nchmod 600 key.pem`] },
  { cmd: `echo "${BEGIN('OPENSSH ')}\n${SSH_BODY}\n${END('OPENSSH ')}" > ~/.ssh/id_ed25519 && chmod 600 ~/.ssh/id_ed25519`, secrets: [SSH_BODY, 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUA'], keep: [`echo "${BEGIN('OPENSSH ')}`, `${END('OPENSSH ')}" > ~/.ssh/id_ed25519 && chmod 600`] },
  { cmd: `cat > sa.json <<'EOF'\n{"type": "service_account", "private_key_id": "a1b2c3", "private_key": "${BEGIN('')}\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7\\nAbCdEfGhIjKlMnOpQrStUvWxYz0123456789\\n${END('')}\\n", "client_email": "sa@proj.iam.gserviceaccount.com"}\nEOF`, secrets: ['MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7', 'AbCdEfGhIjKlMnOpQrStUvWxYz0123456789'], keep: ['"type": "service_account"', '"private_key_id": "a1b2c3"', `"private_key": "${BEGIN('')}`, '"client_email": "sa@proj.iam.gserviceaccount.com"'] },
];

const ORDINARY = [
  'git commit -m "fix: token refresh"',
  'grep -r password src/',
  'npm test -- --grep "secret"',
  'docker run -p 8080:80 nginx',
  'ssh -p 2222 deploy@example.com',
  'psql -h localhost -p 5432 -U app',
  'curl https://api.example.com/users?page=2',
  'export NODE_ENV=production',
  'echo $GITHUB_TOKEN',
  'kubectl get secret my-secret -o yaml',
  'aws s3 ls s3://bucket',
  // SORT_KEY is a key only in name; its value does not look random.
  'SORT_KEY=name ./run.sh',
  'CACHE_KEY=v2 PARTITION_KEY=tenant_id npm run seed',
  'git show 3f2a9c1e8b7d6c5f4e3d2c1b0a9f8e7d6c5b4a39',
  'echo 550e8400-e29b-41d4-a716-446655440000',
  'sha256sum dist/app.tar.gz',
  'npm install sk-lib',
  'npm install @acme/sk-learn-adapter',
  'echo dGhpcyBpcyBqdXN0IGEgdGVzdCBzdHJpbmc= | base64 -d',
  'curl -H "Authorization: Bearer $TOKEN" https://api.example.com',
  'curl -H "Authorization: Bearer ${API_TOKEN}" https://api.example.com',
  'export GITHUB_TOKEN=$(gh auth token)',
  'DB_PASSWORD="$(cat /run/secrets/db_password)" ./start.sh',
  'NPM_TOKEN=${{ secrets.NPM_TOKEN }} npm publish',
  'docker login ghcr.io -u USER --password-stdin',
  'mysql -u root -p appdb',
  'mysql -h db -P 3306 -u app -p',
  'docker run -u 1000:1000 -v "$PWD:/src" node:20 npm ci',
  'docker run --user node:node -it node:20 bash',
  'git clone git@github.com:acme/app.git',
  'git clone https://github.com/acme/app.git',
  'git push -u origin feature/login',
  'scp build.tar.gz deploy@10.0.0.5:/srv/releases/',
  'kubectl create secret generic db --from-file=password=./secrets/db-password.txt',
  'GOOGLE_APPLICATION_CREDENTIALS=/etc/gcp/sa.json gcloud auth list',
  'ansible-playbook -i inventory site.yml --ask-become-pass --ask-vault-pass -v',
  'docker build --secret id=npmrc,src=$HOME/.npmrc -t app .',
  'gpg --export-secret-key ABCD1234 > private.asc',
  'openssl rand -hex 32',
  'TOKEN_TTL=3600 SECRET_NAME=prod/db npm start',
  'aws secretsmanager get-secret-value --secret-id prod/db',
  "jq '.password' config.json",
  'pytest -k "test_token_refresh or test_password_reset" -q',
  'git checkout -b feature/api-key-rotation',
  'grep -rn "API_KEY" . --include=*.ts',
  'grep "password=" config.ini',
  'grep -i "authorization: bearer" logs/access.log',
  'echo "Bearer token required" >&2',
  'curl -s "https://api.github.com/repos/o/r/pulls?state=open&per_page=100"',
  'cat ~/.aws/credentials',
  // Publishable keys are public by design.
  `echo ${PK_LIVE}`,
  `echo ${TWILIO_SID}`,
  'ssh-keygen -t ed25519 -C "me@example.com" -f ~/.ssh/id_ed25519 -N ""',
  'date -u +%Y-%m-%dT%H:%M:%SZ',
  "alias pwd='pwd -P'",
  'echo "PASSWORD=" >> .env.example',
  'node -e "console.log(process.env.API_KEY)"',
  'python -c "import secrets; print(secrets.token_hex(16))"',
  "python3 -c \"import json; d=json.load(open('x.json')); print('PASS:', d['ok'])\"",
  'ls -la /etc/ssl/private',
  'curl -u admin http://localhost:8080',
  'sort -u names.txt | uniq -c',
  'helm install web ./chart --set image.tag=1.2.3,replicaCount=2',
  'terraform apply -var-file=prod.tfvars -var region=eu-west-1',
  'npm run build -- --mode=production',
  "cat package.json | grep '\"@convex-dev/auth\"'",
  'GIT_ASKPASS=/bin/echo SSH_AUTH_SOCK=/tmp/agent.sock git fetch',
  'echo ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFakeFakeFakeFakeFakeFakeFakeFakeFake me@host >> ~/.ssh/authorized_keys',
  'find . -name "*.key" -o -name "*.pem" | xargs ls -la',
  // Dependency names that end in secret words carry versions, not secrets.
  'cat > package.json <<\'JSON\'\n{"dependencies": {"next-auth": "^4.24.5", "jsonwebtoken": "^9.0.2", "express-basic-auth": "1.2.1"}}\nJSON',
  'PASS=0; FAIL=0; PASS=$((PASS + 1))',
  'export OAUTH=enabled',
  `echo '{"auth": true}'`,
  'scp -P 2222 build.tar.gz deploy@example.com:',
  'ssh -o "ProxyCommand=ssh -W %h:%p bastion" internal-host',
  'open http://localhost:5173/@vite/client',
  'curl https://api.example.com/users/me@example.com',
  'if [ "$TOKEN" = "" ]; then exit 1; fi',
  'sed -i "s/password: .*/password: xxx/" config.yml',
  "grep -E '^(token|secret)=' .env",
  'PASSWORD=$(openssl rand -base64 32) && echo generated',
  // Already-redacted markers, ours and the corpus's.
  'sshpass -p <REDACTED:password> ssh -p 22222 root@192.168.7.1 "ls -la"',
  'vercel --token=<REDACTED:secret> --yes',
  'IES_NEO4J_PASSWORD=<REDACTED:secret> nohup uv run uvicorn app:main --port 8081',
  'curl -H "Authorization: Bearer <redacted:bearer>" https://api.example.com',
];

function findSecretIn(output: string, secrets: string[]): string | undefined {
  return secrets.find((s) => output.includes(s));
}

describe('redactSecrets on commands carrying secrets', () => {
  it('has many realistic cases', () => {
    expect(SECRET_CASES.length).toBeGreaterThanOrEqual(60);
  });

  it.each(SECRET_CASES.map((c) => [c.cmd.split('\n')[0].slice(0, 70), c] as const))('%s', (_name, c) => {
    const out = redactSecrets(c.cmd);
    expect(findSecretIn(out, c.secrets)).toBeUndefined();
    for (const part of c.keep) expect(out).toContain(part);
    expect(out).toMatch(/<redacted:[a-z0-9-]+>/);
    expect(redactSecrets(out)).toBe(out);
    expect(containsSecret(c.cmd)).toBe(true);
    expect(containsSecret(out)).toBe(false);
  });
});

describe('redactSecrets leaves ordinary commands alone', () => {
  it('has many ordinary commands', () => {
    expect(ORDINARY.length).toBeGreaterThanOrEqual(40);
  });

  it.each(ORDINARY)('%s', (cmd) => {
    expect(redactSecrets(cmd)).toBe(cmd);
    expect(containsSecret(cmd)).toBe(false);
  });
});

describe('readable output', () => {
  it.each([
    ['mongodump --password Sup3r!Dump --out /backup', 'mongodump --password <redacted:password> --out /backup'],
    ['pip download --index-url https://user:p4ssw0rd@pypi.example.com/path acme', 'pip download --index-url https://user:<redacted:url-password>@pypi.example.com/path acme'],
    ['curl -H "Authorization: Bearer abcDEF123456ghiJKL789" https://x.example', 'curl -H "Authorization: Bearer <redacted:bearer>" https://x.example'],
    [`AWS_SECRET_ACCESS_KEY=${AWS_SECRET} aws sts get-caller-identity`, 'AWS_SECRET_ACCESS_KEY=<redacted:aws-secret> aws sts get-caller-identity'],
    ["docker run -e 'DB_PASSWORD=a b c' app", "docker run -e 'DB_PASSWORD=<redacted:password>' app"],
    ['export API_TOKEN="tok en"; ./deploy.sh', 'export API_TOKEN="<redacted:token>"; ./deploy.sh'],
    [`git clone https://${GHP}@github.com/a/b`, 'git clone https://<redacted:github-token>@github.com/a/b'],
    ['mysql -uroot -pS3cret -e "select 1"', 'mysql -uroot -p<redacted:password> -e "select 1"'],
    ['echo "${DB_PASSWORD:-postgres_dev_pw}"', 'echo "${DB_PASSWORD:-<redacted:password>}"'],
    [
      `cat > id_rsa <<'EOF'\n${BEGIN('RSA ')}\n${KEY_BODY}\n${END('RSA ')}\nEOF`,
      `cat > id_rsa <<'EOF'\n${BEGIN('RSA ')}\n<redacted:private-key>\n${END('RSA ')}\nEOF`,
    ],
  ])('%s', (input, expected) => {
    expect(redactSecrets(input)).toBe(expected);
  });

  it('keeps quotes balanced', () => {
    for (const c of SECRET_CASES) {
      const out = redactSecrets(c.cmd);
      const count = (s: string, q: string): number => s.split(q).length - 1;
      expect(count(out, '"') % 2, c.cmd).toBe(count(c.cmd, '"') % 2);
      expect(count(out, "'") % 2, c.cmd).toBe(count(c.cmd, "'") % 2);
    }
  });

  it('redacts a private key with no END line to the end of the text', () => {
    const out = redactSecrets(`printf '%s' "${BEGIN('EC ')}\n${KEY_BODY}`);
    expect(out).not.toContain('MIIEpAIBAAKCAQEA');
    expect(out).toContain(BEGIN('EC '));
  });
});

describe('values that are not secrets', () => {
  it.each([
    'export API_KEY=$API_KEY_FROM_VAULT',
    'curl -u "$USER:$PASS" https://example.com',
    'git clone https://x-access-token:${GITHUB_TOKEN}@github.com/acme/app.git',
    'ssh-agent bash -c "ssh-add ~/.ssh/id_rsa; git pull"',
    'some-cli --private-key ~/.ssh/deploy.pem --host example.com',
    'openssl rsa -in key.pem -passin env:KEY_PASS -out plain.pem',
    'docker run -e DISABLE_AUTH=true -e SKIP_AUTH=1 app',
    'PASSWORD_MIN_LENGTH=12 ./configure',
    'DB_PASSWORD_FILE=/run/secrets/db ./start.sh',
  ])('%s', (cmd) => {
    expect(redactSecrets(cmd)).toBe(cmd);
  });
});

describe('containsSecret', () => {
  it('agrees with redactSecrets', () => {
    expect(containsSecret(`git push https://${GHP}@github.com/a/b main`)).toBe(true);
    expect(containsSecret('PGPASSWORD=pw123 psql')).toBe(true);
    expect(containsSecret('git push origin main')).toBe(false);
    expect(containsSecret('')).toBe(false);
    expect(containsSecret('export PASSWORD=<redacted:password>')).toBe(false);
  });
});

describe('real commands', () => {
  const fixture = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'agent-commands.sample.jsonl');
  const commands = fs.readFileSync(fixture, 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { command: string }).command);

  it('are redacted idempotently and quickly', () => {
    const start = performance.now();
    for (const cmd of commands) {
      const out = redactSecrets(cmd);
      expect(redactSecrets(out)).toBe(out);
    }
    expect(performance.now() - start).toBeLessThan(500);
  });
});

describe('speed', () => {
  const typical =
    'cd /home/dev/projects/api-server && npm run build -- --mode=production 2>&1 | tail -20 && docker compose -f docker-compose.yml up -d --build api worker && curl -s http://localhost:3000/health | jq .status && git status --short';

  const time = (fn: () => void): number => {
    const start = performance.now();
    fn();
    return performance.now() - start;
  };

  it('handles 1,000 typical commands in under 100 ms', () => {
    const batch = [...ORDINARY, ...SECRET_CASES.map((c) => c.cmd), typical];
    for (let i = 0; i < 200; i++) redactSecrets(batch[i % batch.length]);
    const elapsed = time(() => {
      for (let i = 0; i < 1000; i++) redactSecrets(batch[i % batch.length]);
    });
    expect(elapsed).toBeLessThan(100);
  });

  it('handles a 64 KB command well within budget', () => {
    const big = [...ORDINARY, ...SECRET_CASES.map((c) => c.cmd)].join(' && ').repeat(20).slice(0, 65536);
    redactSecrets(big);
    expect(time(() => redactSecrets(big))).toBeLessThan(50);
  });

  it.each([
    ['long word', 'a'.repeat(200000)],
    ['unterminated bearer', '-H "Authorization: Bearer ' + 'x'.repeat(100000)],
    ['unterminated header value', "-H 'Authorization: " + 'x '.repeat(100000)],
    ['repeated sk-', 'sk-'.repeat(70000)],
    ['repeated eyJ-', 'eyJ-'.repeat(50000)],
    ['repeated BEGIN', BEGIN('RSA ').repeat(7000)],
    ['BEGIN then spaces', `${BEGIN('RSA ')}x${' '.repeat(200000)}`],
    ['repeated password', 'password_x'.repeat(20000)],
    ['repeated quoted name', '"PASSWORD='.repeat(20000)],
    ['repeated scheme', '://a:'.repeat(40000)],
    ['long URL user', `https://user:${'a'.repeat(200000)}`],
    ['repeated docker login', 'docker login '.repeat(15000)],
    ['repeated mysql', 'mysql '.repeat(33000)],
    ['repeated header name', 'x-api-key: '.repeat(18000)],
    ['repeated flag', '--password '.repeat(18000)],
    ['dashes', '-'.repeat(200000)],
    ['spaces after a name', `password =${' '.repeat(200000)}`],
  ])('is linear on pathological input: %s', (_name, input) => {
    expect(time(() => redactSecrets(input))).toBeLessThan(100);
  });
});
