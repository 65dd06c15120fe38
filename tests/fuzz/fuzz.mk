# fuzz.mk - libFuzzer (clang) over the whole library; included by the Makefile.
#
#   make fuzz FUZZ_SECONDS=3600   a long run; the corpus grows in build-fuzz/corpus
#   make fuzz-short               the regression inputs, then about a minute of fuzzing
#   make fuzz-regress             only the regression inputs (tests/fuzz/regress/)
#   make fuzz-import              the CSV and xlsx readers and the import (fuzz_import.c)
#
# The library is built by a recursive make into its own directory with
# SAN=fuzzer-no-link,address,undefined, so every object is instrumented for
# coverage and checked by ASan and UBSan; only the target links libFuzzer.
# The seed corpus is copied at run time from examples/ and every .strat under
# tests/, so nothing is committed twice.  Each crash the fuzzer ever found
# stays in tests/fuzz/regress/ and is replayed first.

FUZZ_CC      ?= clang
FUZZ_BUILD   := build-fuzz
FUZZ_SAN     := fuzzer-no-link,address,undefined
FUZZ_BIN     := $(FUZZ_BUILD)/fuzz_strat
FUZZ_IMPORT_BIN := $(FUZZ_BUILD)/fuzz_import
FUZZ_IMPORT_SECONDS ?= 20
FUZZ_SECONDS ?= 600
FUZZ_SHORT_SECONDS ?= 60
# One input may take at most this long (a hang) and the process this much memory.
FUZZ_OPTS    ?= -timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
                -dict=tests/fuzz/strat.dict $(FUZZ_EXTRA)
# e.g. FUZZ_EXTRA='-fork=1 -ignore_crashes=1' to collect every crash in one long run
FUZZ_EXTRA   ?=

.PHONY: fuzz-build fuzz-seed fuzz-regress fuzz-import

# Every target: tests/fuzz/fuzz_NAME.c, linked with libFuzzer and the
# instrumented library; it sees every layer.
$(FUZZ_BUILD)/fuzz_%: tests/fuzz/fuzz_%.c $(FUZZ_BUILD)/libstrat.a
	$(FUZZ_CC) -std=c11 -O1 -g -fsanitize=fuzzer,address,undefined -fno-omit-frame-pointer \
	    -fno-sanitize-recover=all $(WARN) -D_GNU_SOURCE $(subst $(BUILD)/gen,$(FUZZ_BUILD)/gen,$(ALL_INC)) \
	    -o $@ $< $(FUZZ_BUILD)/libstrat.a $(LDLIBS)

fuzz-build:
	@$(MAKE) --no-print-directory BUILD=$(FUZZ_BUILD) CC=$(FUZZ_CC) SAN=$(FUZZ_SAN) -j$(JOBS) \
	    CFLAGS='-O1 -g' $(FUZZ_BIN) $(FUZZ_IMPORT_BIN)

# The readers and the import: the golden tests' sheets are the seeds, and
# the XML parts of their workbooks (fuzz_import.c reads those on their own).
fuzz-import: fuzz-build
	@rm -rf $(FUZZ_BUILD)/import-seed
	@mkdir -p $(FUZZ_BUILD)/import-seed $(FUZZ_BUILD)/import-corpus
	@cp tests/golden/import/*.csv tests/golden/import/*.tsv tests/golden/import/*.xlsx \
	    examples/*.csv examples/*.xlsx $(FUZZ_BUILD)/import-seed/
	@python3 tests/fuzz/xlsx_parts.py $(FUZZ_BUILD)/import-seed tests/golden/import/*.xlsx
	@echo "fuzz: $(FUZZ_IMPORT_SECONDS) s of fuzzing the import (log: $(FUZZ_BUILD)/import.log)"
	@$(FUZZ_IMPORT_BIN) -timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
	    -max_total_time=$(FUZZ_IMPORT_SECONDS) -artifact_prefix=$(FUZZ_BUILD)/import- \
	    $(FUZZ_BUILD)/import-corpus $(FUZZ_BUILD)/import-seed 2>$(FUZZ_BUILD)/import.log \
	    || { tail -60 $(FUZZ_BUILD)/import.log; echo 'fuzz: the import fuzzer found a failure' >&2; exit 1; }
	@grep -E '^#[0-9]+.*DONE' $(FUZZ_BUILD)/import.log || tail -1 $(FUZZ_BUILD)/import.log

fuzz-seed:
	@rm -rf $(FUZZ_BUILD)/seed
	@mkdir -p $(FUZZ_BUILD)/seed $(FUZZ_BUILD)/corpus
	@for f in examples/*.strat $$(find tests -name '*.strat' -size -64k); do \
	    cp "$$f" "$(FUZZ_BUILD)/seed/$$(echo "$$f" | tr / _)"; done
	@# two files in one input, for diff (fuzz_strat.c: diff_halves)
	@{ cat examples/yamaguchi-2018.strat; printf '\n=====\n'; cat examples/yamaguchi-2021.strat; } \
	    > $(FUZZ_BUILD)/seed/pair-yamaguchi.strat

fuzz-regress: fuzz-build
	@$(FUZZ_BIN) $(FUZZ_OPTS) -runs=0 tests/fuzz/regress \
	    2>$(FUZZ_BUILD)/regress.log \
	    || { cat $(FUZZ_BUILD)/regress.log; echo 'fuzz: a regression input fails' >&2; exit 1; }
	@echo "fuzz: $$(ls tests/fuzz/regress | wc -l) regression inputs pass"

# New inputs go to build-fuzz/corpus; the seeds are only read.  A crash is
# written to build-fuzz/crash-* and fails the run: reproduce it with
# build-fuzz/fuzz_strat FILE, fix it, and move the file to tests/fuzz/regress/.
fuzz: fuzz-regress fuzz-seed
	$(FUZZ_BIN) $(FUZZ_OPTS) -max_total_time=$(FUZZ_SECONDS) \
	    -artifact_prefix=$(FUZZ_BUILD)/ $(FUZZ_BUILD)/corpus $(FUZZ_BUILD)/seed

fuzz-short: fuzz-regress fuzz-seed fuzz-import
	@echo "fuzz: $(FUZZ_SHORT_SECONDS) s of fuzzing (log: $(FUZZ_BUILD)/short.log)"
	@$(FUZZ_BIN) $(FUZZ_OPTS) -max_total_time=$(FUZZ_SHORT_SECONDS) \
	    -artifact_prefix=$(FUZZ_BUILD)/ $(FUZZ_BUILD)/corpus $(FUZZ_BUILD)/seed \
	    2>$(FUZZ_BUILD)/short.log \
	    || { tail -60 $(FUZZ_BUILD)/short.log; echo 'fuzz: the fuzzer found a failure' >&2; exit 1; }
	@grep -E '^#[0-9]+.*DONE' $(FUZZ_BUILD)/short.log || tail -1 $(FUZZ_BUILD)/short.log

# stratc lsp: client messages (tests/fuzz/fuzz_lsp.c), seeded with the golden
# exchanges.  make fuzz-lsp FUZZ_SECONDS=N; fuzz-lsp-short is the short run.
FUZZ_LSP_BIN := $(FUZZ_BUILD)/fuzz_lsp

.PHONY: fuzz-lsp fuzz-lsp-short fuzz-lsp-build fuzz-lsp-seed

fuzz-lsp-build:
	@$(MAKE) --no-print-directory BUILD=$(FUZZ_BUILD) CC=$(FUZZ_CC) SAN=$(FUZZ_SAN) -j$(JOBS) \
	    CFLAGS='-O1 -g' $(FUZZ_LSP_BIN)

fuzz-lsp-seed:
	@rm -rf $(FUZZ_BUILD)/lsp-seed
	@mkdir -p $(FUZZ_BUILD)/lsp-seed $(FUZZ_BUILD)/lsp-corpus
	@cd tests/golden/lsp && for f in *.jsonl; do \
	    python3 ../../lsp/exchange.py --lines $$f > ../../../$(FUZZ_BUILD)/lsp-seed/$$f || exit 1; done

fuzz-lsp: fuzz-lsp-build fuzz-lsp-seed
	$(FUZZ_LSP_BIN) $(FUZZ_OPTS) -max_total_time=$(FUZZ_SECONDS) \
	    -artifact_prefix=$(FUZZ_BUILD)/ $(FUZZ_BUILD)/lsp-corpus $(FUZZ_BUILD)/lsp-seed

fuzz-lsp-short: fuzz-lsp-build fuzz-lsp-seed
	@echo "fuzz: stratc lsp, $(FUZZ_SHORT_SECONDS) s (log: $(FUZZ_BUILD)/lsp-short.log)"
	@$(FUZZ_LSP_BIN) $(FUZZ_OPTS) -max_len=262144 -max_total_time=$(FUZZ_SHORT_SECONDS) \
	    -artifact_prefix=$(FUZZ_BUILD)/ $(FUZZ_BUILD)/lsp-corpus $(FUZZ_BUILD)/lsp-seed \
	    2>$(FUZZ_BUILD)/lsp-short.log \
	    || { tail -60 $(FUZZ_BUILD)/lsp-short.log; echo 'fuzz: the fuzzer found a failure in stratc lsp' >&2; exit 1; }
	@grep -E '^#[0-9]+.*DONE' $(FUZZ_BUILD)/lsp-short.log || tail -1 $(FUZZ_BUILD)/lsp-short.log
