#!/bin/sh
# Developer tool: run one conformance program on our VM and diff against CPython's expected output.
name=$(ls conformance/programs | grep "^$1" | head -1)
p=conformance/programs/$name
if [ -d "$p" ]; then f="$p/main.py"; else f="$p"; fi
node dist-cli/interleave.mjs run "$f" > /tmp/ours.out 2> /tmp/ours.err; echo "exit=$?"
python3 -c "
import json,sys; e=json.load(open('conformance/expected/${name%.py}.json')); open('/tmp/exp.out','w').write(e['stdout']); open('/tmp/exp.err','w').write(e['stderr']); print('expected exit', e['exit'])"
sed -i "s#$(pwd)/##g; s#$(dirname $f)/##g" /tmp/ours.err
diff /tmp/exp.out /tmp/ours.out | head -${2:-20}; diff /tmp/exp.err /tmp/ours.err | head -${2:-20}
