#!/bin/sh
# Runs DynamoDB Local (java with the arguments given) and makes sure it never outlives its owner.
# The owner holds this script's stdin open; end of file there means the owner has gone, even when
# it was killed with SIGKILL and had no chance to clean up. SIGTERM/SIGINT stop Java as well.
"${JAVA_HOME:+$JAVA_HOME/bin/}java" "$@" </dev/null &
java_pid=$!
# A background job's stdin is /dev/null unless redirected explicitly: hand it the owner's pipe.
exec 3<&0
( cat <&3 >/dev/null; kill "$java_pid" 2>/dev/null ) &
watcher_pid=$!
trap 'kill "$java_pid" 2>/dev/null' TERM INT HUP
wait "$java_pid"
status=$?
# wait returns early when a trapped signal arrives: wait again for Java to finish exiting.
kill -0 "$java_pid" 2>/dev/null && wait "$java_pid"
kill "$watcher_pid" 2>/dev/null
exit "$status"
