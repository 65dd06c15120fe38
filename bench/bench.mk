# bench.mk - `make bench`: the benchmark of issue 8 (bench/run.sh says what it
# measures).  Included by the top Makefile; everything it builds lives under
# $(BUILD)/bench, its data under bench/data (git-ignored).
#
#   make bench                          all sizes: 1,000 / 100,000 / 1,000,000 indicators
#   make bench BENCH_SIZES="1000 100000" BENCH_REPS=9
#   make bench-data                     only generate the data
#   make bench-profile                  instructions per part of the pipeline (callgrind)

BENCH_SIZES ?= 1000 100000 1000000
BENCH_REPS  ?= 5
BENCH_REPS_1M ?= 2
BENCH_GEN   := $(BUILD)/bench/gen
BENCH_TOK   := $(BUILD)/bench/tok
BENCH_CPU   := $(BUILD)/bench/cpu

.PHONY: bench bench-tools bench-data bench-profile

# Where the instructions go, part by part (bench/profile.sh); needs valgrind.
bench-profile: $(BIN) bench-tools
	@sh tools/deps.sh
	sh bench/profile.sh $(BIN) $(BENCH_GEN) $(BENCH_TOK)

bench: $(BIN) bench-tools
	BENCH_SIZES="$(BENCH_SIZES)" BENCH_REPS="$(BENCH_REPS)" BENCH_REPS_1M="$(BENCH_REPS_1M)" sh bench/run.sh $(BIN) $(BENCH_GEN) $(BENCH_TOK) $(BENCH_CPU)

bench-tools: $(BENCH_GEN) $(BENCH_TOK) $(BENCH_CPU)

$(BENCH_CPU): bench/cpu.c $(BUILD)/flags
	@mkdir -p $(dir $@)
	$(CC) $(ALLFLAGS) $(WARN) -o $@ bench/cpu.c

$(BENCH_GEN): bench/gen.c $(BUILD)/flags
	@mkdir -p $(dir $@)
	$(CC) $(ALLFLAGS) $(WARN) -D_GNU_SOURCE -o $@ bench/gen.c -lm

# The front end's ceiling: lexer.l's token shapes, built the way lexer.l is.
$(BUILD)/bench/tok.c: bench/tok.l
	@mkdir -p $(dir $@)
	$(FLEX) -8 -Cf -o $@ $<

$(BENCH_TOK): $(BUILD)/bench/tok.c $(BUILD)/flags
	$(CC) $(ALLFLAGS) $(GENWARN) -D_GNU_SOURCE -o $@ $<

bench-data: $(BENCH_GEN)
	@mkdir -p bench/data
	@for n in $(BENCH_SIZES); do \
	    echo "bench: generating $$n indicators"; \
	    $(BENCH_GEN) -n $$n > bench/data/ind-$$n.strat && \
	    $(BENCH_GEN) -n $$n -f json > bench/data/ind-$$n.json && \
	    $(BENCH_GEN) -n $$n -v 2 > bench/data/ind-$$n-v2.strat || exit 1; \
	done
