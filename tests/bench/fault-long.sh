#!/bin/sh
# The long runs of issue 16's fault and load tests, which CI shortens: 100 socket clients for the
# full minute (CI: 5 s) and kill -9 of the agent 1,000 times (CI: 200). Needs a built tree
# (cmake --preset default && cmake --build build). Prints the figures each test reports.
#   tests/bench/fault-long.sh [SECONDS] [KILLS]
set -eu
cd "$(dirname "$0")/../.."
QDDNS_LOAD_SECONDS=${1:-60} build/tests/tst_faultload hundredSocketClients
QDDNS_FAULT_KILLS=${2:-1000} build/tests/tst_faultkill killedWhileWritingLeavesIntactFiles
