# stratc - strategies as code.  Plain GNU make; see README.md.
#
#   make              build build/stratc
#   make check        install missing build dependencies, build, run every test
#   make ci-check     the CI integrations only (doc/ci.md)
#   make demo         install missing build dependencies, build, run on the example
#   make SAN=address,undefined check   the same under sanitizers (build-san/)
#   make fuzz FUZZ_SECONDS=60          libFuzzer run (clang)
#   make bench        benchmark table (bench/results.md)
#   make bench-profile  instructions per part of the pipeline (bench/profile.md)
#   make install PREFIX=/usr/local
#   make po-check     every message translated in po/*.po (doc/i18n.md)
#   make po-update    merge new messages into po/*.po for translation

PREFIX  ?= /usr/local
DESTDIR ?=
SAN     ?=
ifeq ($(SAN),)
BUILD   ?= build
else
BUILD   ?= build-san
endif

CC      ?= cc
# Builds inside make check use every core; the tests themselves run one
# step at a time (their output stays readable, their files apart).
JOBS    ?= $(shell nproc 2>/dev/null || echo 2)
CFLAGS  ?= -O2 -g
STD      = -std=c11
WARN     = -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wmissing-prototypes -Wvla
GENWARN  = -Wall -Wno-unused-function -Wno-unused-parameter -Wno-sign-compare
CPPFLAGS += -D_GNU_SOURCE -MMD -MP
LDLIBS  += -lxlsxwriter -lz -lutf8proc -lm -pthread -lzip -lexpat -ljansson
# runtime/graph: Graphviz (cgraph + gvc), its plugins opened from their directory.
GRAPHVIZ_PLUGIN_DIR := $(shell pkg-config --variable=libdir libgvc 2>/dev/null || echo /usr/lib)/graphviz
LDLIBS  += $(shell pkg-config --libs libgvc 2>/dev/null || echo -lgvc -lcgraph -lcdt) -ldl
ifneq ($(SAN),)
SANFLAGS = -fsanitize=$(SAN) -fno-omit-frame-pointer -fno-sanitize-recover=all
endif
ALLFLAGS = $(STD) $(CFLAGS) $(SANFLAGS)

BISON   ?= bison
FLEX    ?= flex
MSGFMT  ?= msgfmt

# Message catalogs (doc/i18n.md): po/LL.po -> $(BUILD)/locale/LL/LC_MESSAGES/stratc.mo,
# found at run time in STRATC_LOCALEDIR, else in the compiled-in LOCALEDIR.
LINGUAS   := ja
LOCALEDIR ?= $(PREFIX)/share/locale
MO        := $(LINGUAS:%=$(BUILD)/locale/%/LC_MESSAGES/stratc.mo)
CPPFLAGS  += -DSTRATC_LOCALEDIR='"$(LOCALEDIR)"'

# The layers, lowest first (doc/design.md).  Each folder is compiled with the
# include paths of its own folder and of the folders it USES, and no others,
# so an #include that points up the stack fails the build.
LAYERS         := lang/base lang/front lang/model lang/fmt \
                  runtime/sys runtime/eval runtime/check runtime/report runtime/diff \
                  runtime/import runtime/graph runtime/lsp cli
USES_lang/base      :=
USES_lang/front     := lang/base $(BUILD)/gen
USES_lang/model     := lang/base lang/front
USES_lang/fmt       := lang/base lang/front lang/model
USES_runtime/sys    := lang/base
USES_runtime/eval   := lang/base lang/front lang/model
USES_runtime/check  := lang/base lang/front lang/model runtime/sys runtime/eval
USES_runtime/report := lang/base lang/front lang/model runtime/eval
USES_runtime/diff   := lang/base lang/front lang/model
USES_runtime/import := lang/base lang/front lang/model
USES_runtime/graph  := lang/base lang/front lang/model runtime/eval
USES_runtime/lsp    := lang/base lang/front lang/model lang/fmt runtime/sys runtime/eval \
                       runtime/check runtime/report
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
$(BUILD)/obj/gen/templates.o: private LAYER_INC := -Icli
$(BUILD)/obj/runtime/graph/%.o: private LAYER_INC += -DGRAPHVIZ_PLUGIN_DIR='"$(GRAPHVIZ_PLUGIN_DIR)"'
$(BUILD)/obj/tests/%.o: private LAYER_INC := $(ALL_INC) -DTEST_SOURCE_ROOT='"$(CURDIR)"' \
    -DTEST_LOCALEDIR='"$(CURDIR)/$(BUILD)/locale"'

LIB_SRC  := $(foreach l,$(filter-out cli,$(LAYERS)),$(wildcard $(l)/*.c))
CLI_SRC  := $(wildcard cli/*.c)
UNIT_SRC := $(wildcard tests/unit/*.c)
GEN_C    := $(BUILD)/gen/parser.c $(BUILD)/gen/lexer.c
GEN_H    := $(BUILD)/gen/parser.h $(BUILD)/gen/lexer.h

LIB_OBJ  := $(LIB_SRC:%.c=$(BUILD)/obj/%.o) $(BUILD)/obj/gen/parser.o $(BUILD)/obj/gen/lexer.o
CLI_OBJ  := $(CLI_SRC:%.c=$(BUILD)/obj/%.o)
CLI_OBJ  += $(BUILD)/obj/gen/templates.o
UNIT_OBJ := $(UNIT_SRC:%.c=$(BUILD)/obj/%.o)
LIB      := $(BUILD)/libstrat.a
BIN      := $(BUILD)/stratc


.PHONY: all check demo deps unit golden alloc-check fmt-check clock-check layer-check san-check tsan-check fuzz fuzz-short bench \
        valgrind valgrind-check install clean golden-update lsp-nvim-check ci-check po-check po-update
.DELETE_ON_ERROR:

all: $(BIN) $(MO)

# Objects are rebuilt when the flags change, not only when sources do.
$(BUILD)/flags: FORCE
	@mkdir -p $(BUILD)
	@echo '$(CC) $(ALLFLAGS) $(CPPFLAGS)' | cmp -s - $@ || echo '$(CC) $(ALLFLAGS) $(CPPFLAGS)' > $@
FORCE:

$(BUILD)/gen/parser.c $(BUILD)/gen/parser.h &: lang/front/parser.y
	@mkdir -p $(BUILD)/gen
	$(BISON) -Wall -Werror --header=$(BUILD)/gen/parser.h -o $(BUILD)/gen/parser.c $<

# -8 with the fast tables: without it flex -Cf builds a 7-bit scanner (and UTF-8 needs all eight).
# lexer.l's keyword rules come from the one keyword table (tools/lexkw.awk).
$(BUILD)/gen/lexer.l: lang/front/lexer.l lang/front/keywords.def tools/lexkw.awk
	@mkdir -p $(BUILD)/gen
	awk -f tools/lexkw.awk lang/front/keywords.def lang/front/lexer.l > $@

$(BUILD)/gen/lexer.c $(BUILD)/gen/lexer.h &: $(BUILD)/gen/lexer.l $(BUILD)/gen/parser.h
	@mkdir -p $(BUILD)/gen
	$(FLEX) -8 -Cf --header-file=$(BUILD)/gen/lexer.h -o $(BUILD)/gen/lexer.c $<

# stratc init's templates, compiled in (tools/embed.sh says why).
$(BUILD)/gen/templates.c: tools/embed.sh $(wildcard templates/*.strat)
	@mkdir -p $(BUILD)/gen
	sh tools/embed.sh $(sort $(wildcard templates/*.strat)) > $@

$(BUILD)/obj/gen/%.o: $(BUILD)/gen/%.c $(GEN_H) $(BUILD)/flags
	@mkdir -p $(dir $@)
	$(CC) $(ALLFLAGS) $(GENWARN) $(CPPFLAGS) $(LAYER_INC) -c -o $@ $<

# Generated headers are explicit prerequisites: the .d files do not exist yet
# on the first build.
$(BUILD)/obj/%.o: %.c $(BUILD)/flags | $(GEN_H)
	@mkdir -p $(dir $@)
	$(CC) $(ALLFLAGS) $(WARN) $(CPPFLAGS) $(LAYER_INC) -c -o $@ $<

$(BUILD)/locale/%/LC_MESSAGES/stratc.mo: po/%.po
	@mkdir -p $(dir $@)
	$(MSGFMT) --check -o $@ $<

# The messages of the sources: the formats of the message functions (they
# translate internally, i18n.h), then _(), N_() and _n() elsewhere.
XGETTEXT_OPTS = --from-code=UTF-8 --language=C --add-comments=TRANSLATORS: \
    --package-name=stratc --msgid-bugs-address= --sort-by-file \
    --keyword=_ --keyword=N_ --keyword=_n:1,2 --keyword=i18n_msg \
    --keyword=diag_add:5 --keyword=diag_add_global:4 --keyword=diag_note:3 \
    --keyword=diag_help:2 --keyword=check_add:4 --keyword=cli_usage_error:2 \
    --keyword=cli_error:2 \
    --flag=diag_add:5:c-format --flag=diag_add_global:4:c-format \
    --flag=diag_note:3:c-format --flag=diag_help:2:c-format --flag=check_add:4:c-format \
    --flag=cli_usage_error:2:c-format --flag=cli_error:2:c-format --flag=_n:1:c-format \
    --flag=_n:2:c-format
PO_SRC = $(sort $(foreach l,$(LAYERS),$(wildcard $(l)/*.c $(l)/*.h $(l)/*.y $(l)/*.l)))

$(BUILD)/po/stratc.pot: $(PO_SRC) FORCE
	@mkdir -p $(dir $@)
	@xgettext $(XGETTEXT_OPTS) -o $@.tmp $(PO_SRC) 2>$@.log || { cat $@.log; exit 1; }
	@# Noise: flex patterns read as C, and no bug address (there is none).
	@grep -v -e "lexer.l:[0-9]*: warning: unterminated" -e "msgid-bugs-address" -e "Makevars" \
	    -e "MSGID_BUGS_ADDRESS" -e "specify an --msgid-bugs-address" $@.log >&2 || true
	@mv $@.tmp $@

# A message without a translation, or one whose English changed (fuzzy),
# fails: the catalogs are merged in a temporary copy, never in po/.
po-check: $(BUILD)/po/stratc.pot
	@for l in $(LINGUAS); do \
	    cp po/$$l.po $(BUILD)/po/$$l.po && \
	    msgmerge --quiet --update --backup=none $(BUILD)/po/$$l.po $< || exit 1; \
	    stats=$$($(MSGFMT) --check --statistics -o /dev/null $(BUILD)/po/$$l.po 2>&1) || { echo "$$stats"; exit 1; }; \
	    echo "po/$$l.po: $$stats"; \
	    case "$$stats" in *untranslated*|*fuzzy*) \
	        echo "po/$$l.po: translate the new messages: make po-update, then edit po/$$l.po" >&2; \
	        { msgattrib --untranslated $(BUILD)/po/$$l.po; msgattrib --only-fuzzy $(BUILD)/po/$$l.po; } \
	            | grep '^msgid ' | head -20 >&2; \
	        exit 1;; \
	    esac; \
	done

# For translators: new messages into po/*.po (untranslated), obsolete ones kept as #~.
po-update: $(BUILD)/po/stratc.pot
	@for l in $(LINGUAS); do msgmerge --update --backup=none po/$$l.po $< || exit 1; done

$(LIB): $(LIB_OBJ)
	rm -f $@
	$(AR) rcs $@ $^

$(BIN): $(CLI_OBJ) $(LIB)
	$(CC) $(ALLFLAGS) -o $@ $(CLI_OBJ) $(LIB) $(LDLIBS)

$(BUILD)/unit-tests: $(UNIT_OBJ) $(LIB) $(MO)
	$(CC) $(ALLFLAGS) -o $@ $(UNIT_OBJ) $(LIB) $(LDLIBS) -lcriterion

deps:
	@sh tools/deps.sh

unit: $(BUILD)/unit-tests
	$(BUILD)/unit-tests --jobs=2

golden: $(BIN) $(MO)
	@sh tests/golden/run.sh $(BIN)

golden-update: $(BIN) $(MO)
	@UPDATE=1 sh tests/golden/run.sh $(BIN)

# Parsing allocates from the arena: malloc calls do not grow with the input.
alloc-check: $(BIN)
	@sh tests/alloc/run.sh $(BIN)

fmt-check: $(BIN)
	$(BIN) fmt --check examples/*.strat

# The CI integrations (doc/ci.md), offline: init's templates check clean, are
# formatted and embed byte for byte; the action's YAML, the problem matcher
# (node: JavaScript's regular expressions), the gitlab and junit reports;
# pre-commit runs the hooks.
ci-check: $(BIN)
	$(BIN) check --werror templates/*.strat
	$(BIN) fmt --check templates
	sh tests/ci/embed.sh $(CC)
	python3 tests/ci/action_test.py
	node tests/ci/matcher.js $(BIN)
	python3 tests/ci/formats_test.py $(BIN)
	sh tests/ci/precommit.sh $(BIN)

# The whole suite again under ASan and UBSan, in its own build directory.
# tests/lsan.supp: leaks inside libcriterion's runner and Graphviz's dot
# layout, not ours; the slow unwinder, so that stacks through Graphviz
# (built without frame pointers) reach the frame the suppression names.
san-check:
	$(MAKE) --no-print-directory SAN=address,undefined CC=$(CC) -j$(JOBS) all build-san/unit-tests
	ASAN_OPTIONS=fast_unwind_on_malloc=0 \
	LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0 \
	    $(MAKE) --no-print-directory SAN=address,undefined CC=$(CC) unit golden

# diff loads its two files on two threads: its golden tests again under
# ThreadSanitizer (clang), in build-tsan/.  A race report fails the test.
tsan-check:
	$(MAKE) --no-print-directory BUILD=build-tsan SAN=thread CC=clang -j$(JOBS) build-tsan/stratc
	TSAN_OPTIONS=halt_on_error=1 sh tests/golden/run.sh build-tsan/stratc diff

# The layers hold: every upward include fails to compile (tools/layer-check.sh).
layer-check:
	@{ $(foreach l,$(LAYERS),echo '$(l) $(filter-out $(BUILD)/gen,$(USES_$(l)))';) } \
	    | CC=$(CC) sh tools/layer-check.sh

# stratc lsp with a real client: headless Neovim opens, jumps, formats (tests/lsp/nvim.sh).
lsp-nvim-check: $(BIN)
	@sh tests/lsp/nvim.sh $(BIN)

# The golden suite again with the clock moved years away (faketime): a case
# that changes depends on the day it runs, and fails here.
CLOCK_DATES = '2027-04-01 00:00:30' '2031-03-31 23:59:30' '2045-06-15 12:00:00'
clock-check: $(BIN) $(MO)
	@for t in $(CLOCK_DATES); do \
	    echo "golden suite at $$t (faketime):"; \
	    TZ=UTC faketime "$$t" sh tests/golden/run.sh $(BIN) > $(BUILD)/clock-check.log 2>&1 \
	        || { cat $(BUILD)/clock-check.log; exit 1; }; \
	    tail -n 1 $(BUILD)/clock-check.log; \
	done

check: deps
	$(MAKE) --no-print-directory -j$(JOBS) all $(BUILD)/unit-tests
	$(MAKE) --no-print-directory layer-check unit golden alloc-check fmt-check ci-check clock-check po-check
	$(MAKE) --no-print-directory lsp-nvim-check valgrind-check
	$(MAKE) --no-print-directory san-check
	$(MAKE) --no-print-directory tsan-check
	$(MAKE) --no-print-directory fuzz-short fuzz-lsp-short

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

valgrind: $(BIN) $(MO)
	@sh tools/deps.sh
	@VALGRIND=1 sh tests/golden/run.sh $(BIN)

# Part of make check: the golden cases that go through the libraries we do
# not build (Graphviz for graph, libzip and expat for import) under memcheck,
# so that a leak, or a suppression of tests/valgrind.supp gone missing, fails.
VALGRIND_AREAS = graph import
valgrind-check: $(BIN) $(MO)
	@for a in $(VALGRIND_AREAS); do VALGRIND=1 sh tests/golden/run.sh $(BIN) $$a || exit 1; done

install: $(BIN) $(MO)
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 755 $(BIN) $(DESTDIR)$(PREFIX)/bin/stratc
	install -m 644 doc/stratc.1 $(DESTDIR)$(PREFIX)/share/man/man1/stratc.1
	install -d $(DESTDIR)$(PREFIX)/share/man/ja/man1
	install -m 644 doc/ja/stratc.1 $(DESTDIR)$(PREFIX)/share/man/ja/man1/stratc.1
	for l in $(LINGUAS); do \
	    install -d $(DESTDIR)$(LOCALEDIR)/$$l/LC_MESSAGES && \
	    install -m 644 $(BUILD)/locale/$$l/LC_MESSAGES/stratc.mo $(DESTDIR)$(LOCALEDIR)/$$l/LC_MESSAGES/stratc.mo \
	    || exit 1; \
	done

clean:
	rm -rf build build-san build-tsan build-fuzz

-include $(shell find $(BUILD)/obj -name '*.d' 2>/dev/null)
