# stratc - strategies as code.  Plain GNU make; see README.md.
#
#   make              build build/stratc
#   make check        install missing build dependencies, build, run every test
#   make demo         install missing build dependencies, build, run on the example
#   make SAN=address,undefined check   the same under sanitizers (build-san/)
#   make fuzz FUZZ_SECONDS=60          libFuzzer run (clang)
#   make bench        benchmark table (bench/results.md)
#   make bench-profile  instructions per part of the pipeline (bench/profile.md)
#   make install PREFIX=/usr/local

PREFIX  ?= /usr/local
DESTDIR ?=
SAN     ?=
ifeq ($(SAN),)
BUILD   ?= build
else
BUILD   ?= build-san
endif

CC      ?= cc
CFLAGS  ?= -O2 -g
STD      = -std=c11
WARN     = -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wmissing-prototypes -Wvla
GENWARN  = -Wall -Wno-unused-function -Wno-unused-parameter -Wno-sign-compare
CPPFLAGS += -D_GNU_SOURCE -MMD -MP
LDLIBS  += -lxlsxwriter -lz -lutf8proc -lm -pthread
ifneq ($(SAN),)
SANFLAGS = -fsanitize=$(SAN) -fno-omit-frame-pointer -fno-sanitize-recover=all
endif
ALLFLAGS = $(STD) $(CFLAGS) $(SANFLAGS)

BISON   ?= bison
FLEX    ?= flex

# The layers, lowest first (doc/design.md).  Each folder is compiled with the
# include paths of its own folder and of the folders it USES, and no others,
# so an #include that points up the stack fails the build.
LAYERS         := lang/base lang/front lang/model lang/fmt \
                  runtime/sys runtime/eval runtime/check runtime/report runtime/diff cli
USES_lang/base      :=
USES_lang/front     := lang/base $(BUILD)/gen
USES_lang/model     := lang/base lang/front
USES_lang/fmt       := lang/base lang/front lang/model
USES_runtime/sys    := lang/base
USES_runtime/eval   := lang/base lang/front lang/model
USES_runtime/check  := lang/base lang/front lang/model runtime/eval
USES_runtime/report := lang/base lang/front lang/model runtime/eval
USES_runtime/diff   := lang/base lang/front lang/model
USES_cli            := $(filter-out cli,$(LAYERS))
# Tests, the fuzz target and the benchmark see every layer.
ALL_INC := $(addprefix -I,$(LAYERS) $(BUILD)/gen)

# `private`: the include paths are the object's own, not inherited by the
# prerequisites (the flags stamp below must not change with them).
define layer_includes
$(BUILD)/obj/$(1)/%.o: private LAYER_INC := $(addprefix -I,$(1) $(USES_$(1)))
endef
$(foreach l,$(LAYERS),$(eval $(call layer_includes,$(l))))
$(BUILD)/obj/gen/%.o: private LAYER_INC := $(addprefix -I,lang/front $(USES_lang/front))
$(BUILD)/obj/tests/%.o: private LAYER_INC := $(ALL_INC) -DTEST_SOURCE_ROOT='"$(CURDIR)"'

LIB_SRC  := $(foreach l,$(filter-out cli,$(LAYERS)),$(wildcard $(l)/*.c))
CLI_SRC  := $(wildcard cli/*.c)
UNIT_SRC := $(wildcard tests/unit/*.c)
GEN_C    := $(BUILD)/gen/parser.c $(BUILD)/gen/lexer.c
GEN_H    := $(BUILD)/gen/parser.h $(BUILD)/gen/lexer.h

LIB_OBJ  := $(LIB_SRC:%.c=$(BUILD)/obj/%.o) $(BUILD)/obj/gen/parser.o $(BUILD)/obj/gen/lexer.o
CLI_OBJ  := $(CLI_SRC:%.c=$(BUILD)/obj/%.o)
UNIT_OBJ := $(UNIT_SRC:%.c=$(BUILD)/obj/%.o)
LIB      := $(BUILD)/libstrat.a
BIN      := $(BUILD)/stratc


.PHONY: all check demo deps unit golden alloc-check fmt-check clock-check san-check tsan-check fuzz fuzz-short bench \
        valgrind install clean golden-update
.DELETE_ON_ERROR:

all: $(BIN)

# Objects are rebuilt when the flags change, not only when sources do.
$(BUILD)/flags: FORCE
	@mkdir -p $(BUILD)
	@echo '$(CC) $(ALLFLAGS) $(CPPFLAGS)' | cmp -s - $@ || echo '$(CC) $(ALLFLAGS) $(CPPFLAGS)' > $@
FORCE:

$(BUILD)/gen/parser.c $(BUILD)/gen/parser.h &: lang/front/parser.y
	@mkdir -p $(BUILD)/gen
	$(BISON) -Wall -Werror --header=$(BUILD)/gen/parser.h -o $(BUILD)/gen/parser.c $<

# -8 with the fast tables: without it flex -Cf builds a 7-bit scanner (conventions.md).
$(BUILD)/gen/lexer.c $(BUILD)/gen/lexer.h &: lang/front/lexer.l $(BUILD)/gen/parser.h
	@mkdir -p $(BUILD)/gen
	$(FLEX) -8 -Cf --header-file=$(BUILD)/gen/lexer.h -o $(BUILD)/gen/lexer.c $<

$(BUILD)/obj/gen/%.o: $(BUILD)/gen/%.c $(GEN_H) $(BUILD)/flags
	@mkdir -p $(dir $@)
	$(CC) $(ALLFLAGS) $(GENWARN) $(CPPFLAGS) $(LAYER_INC) -c -o $@ $<

# Generated headers are explicit prerequisites: the .d files do not exist yet
# on the first build.
$(BUILD)/obj/%.o: %.c $(BUILD)/flags | $(GEN_H)
	@mkdir -p $(dir $@)
	$(CC) $(ALLFLAGS) $(WARN) $(CPPFLAGS) $(LAYER_INC) -c -o $@ $<

$(LIB): $(LIB_OBJ)
	rm -f $@
	$(AR) rcs $@ $^

$(BIN): $(CLI_OBJ) $(LIB)
	$(CC) $(ALLFLAGS) -o $@ $(CLI_OBJ) $(LIB) $(LDLIBS)

$(BUILD)/unit-tests: $(UNIT_OBJ) $(LIB)
	$(CC) $(ALLFLAGS) -o $@ $(UNIT_OBJ) $(LIB) $(LDLIBS) -lcriterion

deps:
	@sh tools/deps.sh

unit: $(BUILD)/unit-tests
	$(BUILD)/unit-tests --jobs=2

golden: $(BIN)
	@sh tests/golden/run.sh $(BIN)

golden-update: $(BIN)
	@UPDATE=1 sh tests/golden/run.sh $(BIN)

# Parsing allocates from the arena: malloc calls do not grow with the input.
alloc-check: $(BIN)
	@sh tests/alloc/run.sh $(BIN)

fmt-check: $(BIN)
	$(BIN) fmt --check examples/*.strat

# The whole suite again under ASan and UBSan, in its own build directory.
# tests/lsan.supp: a leak inside libcriterion's runner, not ours.
san-check:
	LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0 \
	    $(MAKE) --no-print-directory SAN=address,undefined CC=$(CC) unit golden

# diff loads its two files on two threads: its golden tests again under
# ThreadSanitizer (clang), in build-tsan/.  A race report fails the test.
tsan-check:
	$(MAKE) --no-print-directory BUILD=build-tsan SAN=thread CC=clang build-tsan/stratc
	TSAN_OPTIONS=halt_on_error=1 sh tests/golden/run.sh build-tsan/stratc diff

# The golden suite again with the clock moved years away (faketime): a case
# that changes depends on the day it runs, and fails here.
CLOCK_DATES = '2027-04-01 00:00:30' '2031-03-31 23:59:30' '2045-06-15 12:00:00'
clock-check: $(BIN)
	@for t in $(CLOCK_DATES); do \
	    echo "golden suite at $$t (faketime):"; \
	    TZ=UTC faketime "$$t" sh tests/golden/run.sh $(BIN) > $(BUILD)/clock-check.log 2>&1 \
	        || { cat $(BUILD)/clock-check.log; exit 1; }; \
	    tail -n 1 $(BUILD)/clock-check.log; \
	done

check: deps
	$(MAKE) --no-print-directory all
	$(MAKE) --no-print-directory unit golden alloc-check fmt-check clock-check
	$(MAKE) --no-print-directory san-check
	$(MAKE) --no-print-directory tsan-check
	$(MAKE) --no-print-directory fuzz-short

demo: deps
	$(MAKE) --no-print-directory all
	@echo '$$ stratc check examples/yamaguchi-2018.strat'
	@$(BIN) check examples/yamaguchi-2018.strat; true
	@echo
	@echo '$$ stratc report examples/yamaguchi-2018.strat'
	@$(BIN) report examples/yamaguchi-2018.strat
	@echo
	@echo '$$ stratc diff examples/yamaguchi-2018.strat examples/yamaguchi-2021.strat'
	@$(BIN) diff examples/yamaguchi-2018.strat examples/yamaguchi-2021.strat; test $$? -le 1

include tests/fuzz/fuzz.mk
include bench/bench.mk

valgrind: $(BIN)
	@sh tools/deps.sh valgrind
	@VALGRIND=1 sh tests/golden/run.sh $(BIN)

install: $(BIN)
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 755 $(BIN) $(DESTDIR)$(PREFIX)/bin/stratc
	install -m 644 doc/stratc.1 $(DESTDIR)$(PREFIX)/share/man/man1/stratc.1

clean:
	rm -rf build build-san build-tsan build-fuzz

-include $(shell find $(BUILD)/obj -name '*.d' 2>/dev/null)
