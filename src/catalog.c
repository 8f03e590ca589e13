/*-------------------------------------------------------------------------
 *
 * catalog.c
 *	  One per-backend cache of the llmnum catalog: models with their
 *	  architecture, tokenizer encoding and price schedule (folded by the
 *	  engine in price_schedule.c), GPUs and quantization formats.
 *
 * The cache is loaded by parts, each on first use, every name lower-cased
 * into open-addressing hash tables: the names (models, the models of user
 * prices, user id rules) for every model lookup; the built-in id rules,
 * aliases and hosts when an id is not a catalog name; the prices for a
 * price function; GPUs and quantizations for a GPU function.  The user
 * tables are read through SPI, so that their row-level security applies,
 * and not at all while they have no block; the built-in tables of the
 * names, id rules and prices are read from their heaps (BuiltinScan), which
 * spares planning and copying their rows.  A token function with a model name so
 * plans nothing in a new backend of an installation without user rows.
 * The whole cache, every part
 * loaded, is thrown away when a relcache invalidation arrives for one of
 * the tables it reads (the user and built-in tables behind llmnum.models,
 * llmnum.prices and llmnum.gpus, and llmnum.quantizations).  Plain DML does not cause relcache invalidations,
 * so statement-level triggers on those tables call
 * llmnum_catalog_cache_invalidate(), which queues one: the writing backend
 * sees it at its next command, the others when they next process
 * invalidation messages (at the latest at their next transaction), and a
 * rolled-back change is undone the same way.
 *
 * Model ids as logs write them are resolved to catalog names here too
 * (src/model_id.c with the rules of llmnum.builtin_model_rules, after the
 * user rules of llmnum.user_model_aliases), once per distinct id: the
 * outcome is cached with the catalog and dropped with it, so pricing
 * millions of rows with a few hundred distinct ids costs one hash probe
 * per row, as a catalog name does.
 *
 * Because of this, nothing is cached per call site (fn_extra): PL/pgSQL
 * keeps the FmgrInfo of a simple expression for the whole transaction,
 * across catalog changes.  A lookup is a hash probe without a copy of the
 * name for ASCII names.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/heapam.h"
#include "access/tableam.h"
#include "access/xact.h"
#include "catalog/namespace.h"
#include "catalog/pg_collation.h"
#include "catalog/pg_type.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "lib/stringinfo.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "parser/parse_relation.h"
#include "storage/bufmgr.h"
#include "storage/proc.h"
#include "utils/acl.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datum.h"
#include "utils/formatting.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/rls.h"
#include "utils/snapmgr.h"
#include "utils/timestamp.h"
#include "utils/varlena.h"

#include "catalog.h"
#include "llmnum_citus.h"
#include "host_pg.h"
#include "name_hash.h"
#include "name_hint.h"

/* Tables whose changes invalidate the cache. */
static const char *const watched_tables[] = {
	"builtin_models", "user_models", "builtin_prices", "user_prices",
	"builtin_gpus", "user_gpus", "builtin_gpu_prices", "user_gpu_prices",
	"quantizations", "builtin_model_rules", "user_model_aliases",
	"builtin_model_aliases", "builtin_hosts", "builtin_price_gaps", "builtin_price_windows"
};
#define NWATCHED lengthof(watched_tables)

/* Open-addressing table of keys; nslots is a power of 2. */
typedef struct NameIndex
{
	llmnum_catalog_key **slots;
	uint32		nslots;
} NameIndex;

/* Price rows of a model, collected while loading. */
typedef struct PeriodList
{
	llmnum_period *periods;
	int			n;
	int			max;
} PeriodList;

/* A row of llmnum.user_model_aliases. */
typedef struct UserRule
{
	char		kind;			/* 'e'xact, 'p'refix, 'r'egex */
	char	   *pattern;		/* folded for exact and prefix */
	text	   *regex;			/* the pattern as text, for regex */
	char	   *target;
	const llmnum_catalog_model *model;	/* NULL: target not in the catalog */
	char	   *host;			/* NULL: any id */
	char	   *host_prefix;	/* "<host>/" */
	int64		from;
	int64		to;
	char	   *label;			/* how resolve_model() names it */
} UserRule;

/* A host of llmnum.builtin_hosts. */
typedef struct HostEntry
{
	char	   *host;
	char	   *prefix;			/* name_prefix */
} HostEntry;

/*
 * The open-weights models without host under their llmnum_id_fold() key,
 * for the weights pass; model is NULL when two names of the key differ in
 * anything the token or GPU functions use.
 */
typedef struct FoldEntry
{
	llmnum_catalog_key key;		/* first: the index points at it */
	const llmnum_catalog_model *model;
} FoldEntry;

/* The cached outcome of resolving one raw id (with one via_host). */
typedef struct ResolvedId
{
	char	   *raw;
	int			len;
	uint32		hash;
	const char *via;			/* interned host name, or NULL */
	llmnum_catalog_resolution builtin;	/* without user rules */
	/*
	 * The weights pass's model when builtin has none, run the first time a
	 * token or GPU function asks (price functions never do)
	 */
	const llmnum_catalog_model *weights;
	bool		weights_done;
	int		   *user_rules;		/* indexes of matching user rules, in order */
	int			nuser_rules;
} ResolvedId;

/*
 * At most this many distinct ids are kept; then the cache starts over.
 * The table starts with RESOLVED_FIRST slots and grows fourfold whenever
 * it is half full: a backend that sees a few ids does not pay for
 * clearing (and faulting in) the megabyte the largest table takes.
 */
#define RESOLVED_MAX 65536
#define RESOLVED_FIRST 256

/*
 * The parts of the cache, each loaded on first use: a token function needs
 * only the names, a price function the names and the prices, a GPU
 * function the GPUs and quantizations (and the names for a model).
 */
#define PART_NAMES	0x01		/* models, models of user prices, user rules */
#define PART_RULES	0x02		/* built-in id rules, aliases, hosts (needs
								 * the names) */
#define PART_PRICES 0x04		/* price schedules (needs the names) */
#define PART_GPUS	0x08
#define PART_QUANTS 0x10

typedef struct Catalog
{
	MemoryContext cxt;
	int			parts;			/* PART_* loaded */
	bool		overtaken;		/* a part saw rows newer than another's */

	llmnum_catalog_model *models;	/* rows of llmnum.models first */
	int			nmodels;
	int			nmodels_in_view;
	NameIndex	model_index;
	const char **model_names;	/* built on demand (model_names()) */
	NameIndex	fold_index;		/* FoldEntry by llmnum_id_fold() key */

	llmnum_catalog_gpu *gpus;	/* by name */
	int			ngpus;
	NameIndex	gpu_index;
	const char **gpu_names;

	llmnum_catalog_quant *quants;	/* by name */
	int			nquants;
	NameIndex	quant_index;
	const char **quant_names;

	llmnum_id_rule *rules;		/* llmnum.builtin_model_rules, in order */
	int			nrules;
	UserRule   *user_rules;		/* exact, prefix (longest first), regex */
	int			nuser_rules;
	HostEntry  *hosts;
	int			nhosts;

	MemoryContext resolved_cxt; /* the resolved ids, reset when full */
	ResolvedId **resolved;		/* open addressing, nslots_resolved slots,
								 * allocated with the first id resolved */
	int			nslots_resolved;	/* a power of two, at most RESOLVED_MAX * 2 */
	int			nresolved;
} Catalog;

static Catalog catalog;
static bool catalog_valid = false;

/* Bumped by every invalidation, so that a load can tell it was overtaken. */
static uint64 inval_count = 0;

/*
 * A cache loaded under an older snapshot (in parallel mode, where no new
 * snapshot may be taken) may miss a change whose invalidation was already
 * processed; it is reloaded in the next transaction.
 */
static LocalTransactionId reload_after = InvalidLocalTransactionId;
static bool callback_registered = false;
static Oid	watched_oids[NWATCHED];

/* Drop the cache when one of the catalog tables changes. */
static void
catalog_callback(Datum arg, Oid relid)
{
	int			i;

	if (!OidIsValid(relid))
	{
		catalog_valid = false;
		inval_count++;
		return;
	}
	for (i = 0; i < (int) NWATCHED; i++)
		if (watched_oids[i] == relid)
		{
			catalog_valid = false;
			inval_count++;
		}
}

/*
 * Lower-case a name the way the lookup does: ASCII folding for ASCII names
 * (the common, fast case), the database's lower() rules otherwise.
 */
static char *
fold_name(const char *s, int len, int *outlen)
{
	int			i;
	char	   *out;

	for (i = 0; i < len; i++)
		if ((unsigned char) s[i] >= 0x80)
		{
			out = str_tolower(s, len, DEFAULT_COLLATION_OID);
			*outlen = strlen(out);
			return out;
		}
	out = palloc(len + 1);
	for (i = 0; i < len; i++)
		out[i] = (s[i] >= 'A' && s[i] <= 'Z') ? s[i] - 'A' + 'a' : s[i];
	out[len] = '\0';
	*outlen = len;
	return out;
}

/* Fill a key from a catalog name (in the cache's context). */
static void
key_init(llmnum_catalog_key *k, const char *name)
{
	int			len;
	char	   *folded = fold_name(name, strlen(name), &len);

	k->name = pstrdup(name);
	k->folded = folded;
	k->folded_len = len;
	k->hash = llmnum_name_hash(folded, len, NULL);
}

static void
index_init(NameIndex *ix, int capacity)
{
	ix->nslots = 16;
	while (ix->nslots < (uint32) capacity * 2)
		ix->nslots *= 2;
	ix->slots = palloc0(sizeof(llmnum_catalog_key *) * ix->nslots);
}

/* Probe for a folded name. */
static llmnum_catalog_key *
index_find_folded(const NameIndex *ix, const char *key, int keylen, uint32 hash)
{
	uint32		i;

	if (ix->nslots == 0)
		return NULL;
	for (i = hash & (ix->nslots - 1);; i = (i + 1) & (ix->nslots - 1))
	{
		llmnum_catalog_key *k = ix->slots[i];

		if (k == NULL)
			return NULL;
		if (k->hash == hash && k->folded_len == keylen &&
			memcmp(k->folded, key, keylen) == 0)
			return k;
	}
}

/* Add a key unless one of the same folded name is there; returns that one. */
static llmnum_catalog_key *
index_add(NameIndex *ix, llmnum_catalog_key *k)
{
	llmnum_catalog_key *old = index_find_folded(ix, k->folded, k->folded_len, k->hash);
	uint32		i;

	if (old != NULL)
		return old;
	for (i = k->hash & (ix->nslots - 1); ix->slots[i] != NULL; i = (i + 1) & (ix->nslots - 1))
		;
	ix->slots[i] = k;
	return k;
}

/*
 * Look a name up as written in the caller's data, given its
 * llmnum_name_hash h and whether it is ASCII.
 */
static llmnum_catalog_key *
index_find_hashed(const NameIndex *ix, const char *s, int len, uint32 h, bool ascii)
{
	int			keylen;
	char	   *key;
	llmnum_catalog_key *k;

	/* ASCII: folded while hashed and compared, not copied */
	if (ascii)
	{
		uint32		j;

		if (ix->nslots == 0)
			return NULL;
		for (j = h & (ix->nslots - 1);; j = (j + 1) & (ix->nslots - 1))
		{
			k = ix->slots[j];
			if (k == NULL)
				return NULL;
			if (k->hash == h && k->folded_len == len &&
				llmnum_name_equal_folded(s, k->folded, len))
				return k;
		}
	}
	key = fold_name(s, len, &keylen);
	k = index_find_folded(ix, key, keylen, llmnum_name_hash(key, keylen, NULL));
	pfree(key);
	return k;
}

/* Look a name up as written in the caller's data. */
static llmnum_catalog_key *
index_find(const NameIndex *ix, const char *s, int len)
{
	bool		ascii;
	uint32		h = llmnum_name_hash(s, len, &ascii);

	return index_find_hashed(ix, s, len, h, ascii);
}

/*
 * Run a catalog query with the snapshot of the whole load: the newest one
 * when the load began, so that every change whose invalidation has been
 * processed is seen even inside an older statement or a REPEATABLE READ
 * transaction, and every query of one load (the Citus check included) sees
 * the same rows.  Parallel mode forbids new snapshots: there the active one
 * is used (load_snapshot is NULL) and the cache is marked for reload.
 */
static Snapshot load_snapshot = NULL;

/*
 * The columns of the last row read, deformed at once: fetching columns one
 * by one walks the tuple from its start for every column after a NULL or a
 * text value.  run_query() forgets the row (a tuple of a later load may
 * reuse the address).
 */
#define MAX_COLUMNS 24
static HeapTuple row_tuple = NULL;
static Datum row_values[MAX_COLUMNS];
static bool row_nulls[MAX_COLUMNS];

/*
 * The plans of the catalog queries, prepared once per backend and kept
 * (SPI_keepplan): a reload after a change of the catalog then plans
 * nothing.  The plan cache re-plans them when a table they read changes
 * (an extension update).  At most MAX_PLANS distinct queries.
 */
#define MAX_PLANS 12
static struct
{
	const char *sql;
	SPIPlanPtr	plan;
}			saved_plans[MAX_PLANS];

static SPIPlanPtr
query_plan(const char *sql)
{
	int			i;

	for (i = 0; i < MAX_PLANS && saved_plans[i].sql != NULL; i++)
		if (saved_plans[i].sql == sql)
			return saved_plans[i].plan;
	if (i == MAX_PLANS)
		elog(ERROR, "too many llmnum catalog queries");
	saved_plans[i].plan = SPI_prepare(sql, 0, NULL);
	if (saved_plans[i].plan == NULL || SPI_keepplan(saved_plans[i].plan) != 0)
		elog(ERROR, "SPI_prepare failed for \"%s\"", sql);
	saved_plans[i].sql = sql;
	return saved_plans[i].plan;
}

static SPITupleTable *
run_query(const char *sql, uint64 *nrows)
{
	SPIPlanPtr	plan = query_plan(sql);
	SPITupleTable *tab;
	int			rc;

	row_tuple = NULL;

	if (load_snapshot == NULL)
		rc = SPI_execute_plan(plan, NULL, NULL, true, 0);
	else
		rc = SPI_execute_snapshot(plan, NULL, NULL, load_snapshot,
								  InvalidSnapshot, true, false, 0);
	if (rc != SPI_OK_SELECT)
		elog(ERROR, "llmnum catalog query failed: %s", sql);
	*nrows = SPI_processed;
	tab = SPI_tuptable;
	SPI_tuptable = NULL;		/* kept until SPI_finish */
	return tab;
}

/* The OID of a table of the catalog (watched_tables), resolved at reset. */
static Oid
watched_relid(const char *name)
{
	int			i;

	for (i = 0; i < (int) NWATCHED; i++)
		if (strcmp(watched_tables[i], name) == 0 && OidIsValid(watched_oids[i]))
			return watched_oids[i];
	elog(ERROR, "llmnum catalog table \"%s\" not found", name);
	return InvalidOid;			/* keep the compiler quiet */
}

/*
 * Whether a user table may hold a row that the load sees.  One without a
 * block holds none under any snapshot: a row visible to the load's
 * snapshot was written before the snapshot was taken, so before this look.
 * Most installations have no user rows, and an empty table's query is not
 * run: planning the user tables' queries in a new backend (their indexes,
 * policies and triggers) cost more than opening the tables does.  The lock
 * is kept to the end of the transaction, as the query's would be.
 */
static bool
table_may_have_rows(const char *name)
{
	Relation	rel;
	bool		rows;

	rel = table_open(watched_relid(name), AccessShareLock);
	rows = RelationGetNumberOfBlocks(rel) > 0;
	table_close(rel, NoLock);
	return rows;
}

static Datum
col_value(HeapTuple tup, TupleDesc desc, int col, bool *isnull)
{
	if (tup != row_tuple)
	{
		if (desc->natts > MAX_COLUMNS)
			elog(ERROR, "llmnum catalog query has too many columns");
		heap_deform_tuple(tup, desc, row_values, row_nulls);
		row_tuple = tup;
	}
	*isnull = row_nulls[col - 1];
	return row_values[col - 1];
}

/* Column col of a row, or NULL: a text value as a C string. */
static char *
col_text(HeapTuple tup, TupleDesc desc, int col)
{
	bool		isnull;
	Datum		d = col_value(tup, desc, col, &isnull);

	return isnull ? NULL : TextDatumGetCString(d);
}

/* A boolean column, false for NULL. */
static bool
col_bool(HeapTuple tup, TupleDesc desc, int col)
{
	bool		isnull;
	Datum		d = col_value(tup, desc, col, &isnull);

	return !isnull && DatumGetBool(d);
}

/* An integer column (int4 or int8), 0 for NULL. */
static int64
col_int(HeapTuple tup, TupleDesc desc, int col)
{
	bool		isnull;
	Datum		d = col_value(tup, desc, col, &isnull);

	if (isnull)
		return 0;
	return TupleDescAttr(desc, col - 1)->atttypid == INT8OID
		? DatumGetInt64(d) : DatumGetInt32(d);
}

/*
 * A numeric column as a double, 0 for NULL; beyond the range of a double
 * it is an infinity (which the engines reject by name), not an error that
 * would make the whole catalog unreadable.
 */
static double
col_double(HeapTuple tup, TupleDesc desc, int col)
{
	bool		isnull;
	Datum		d = col_value(tup, desc, col, &isnull);

	if (isnull)
		return 0;
	return DatumGetFloat8(DirectFunctionCall1(numeric_float8_no_overflow, d));
}

/*
 * A built-in table read straight from its heap, under the load's snapshot,
 * its columns put in the order of a query's list: col_value() and the
 * other col_ functions then read a row of it as a row of that query
 * (with desc, whose entries are the table's in that order).  This spares
 * the parse, the plan and the executor of a query and the copy of every
 * row into an SPI tuple table: half of the first call with a model name in
 * a new backend went there.  The table is locked as a query would (until
 * the end of the transaction) and the same privilege is checked.  The
 * built-in tables have no row-level security; should one get policies that
 * apply to the user, this refuses to read it rather than ignore them.
 */
typedef struct BuiltinScan
{
	Relation	rel;
	TableScanDesc scan;
	TupleDesc	desc;			/* the columns in the list's order */
	int			ncols;
	AttrNumber	attnums[MAX_COLUMNS];
	Datum	   *values;			/* its columns in the table's order */
	bool	   *nulls;
} BuiltinScan;

static void
builtin_scan_begin(BuiltinScan *bs, const char *table, const char *const *columns,
				   int ncols)
{
	Oid			relid = watched_relid(table);
	TupleDesc	reldesc;
	AclResult	acl;
	int			k;

	if (ncols > MAX_COLUMNS)
		elog(ERROR, "llmnum catalog query has too many columns");
	bs->rel = table_open(relid, AccessShareLock);
	acl = pg_class_aclcheck(relid, GetUserId(), ACL_SELECT);
	if (acl != ACLCHECK_OK)
		aclcheck_error(acl, OBJECT_TABLE, RelationGetRelationName(bs->rel));
	if (check_enable_rls(relid, InvalidOid, false) == RLS_ENABLED)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("llmnum cannot read llmnum.%s under row-level security", table),
				 errhint("Built-in tables are read whole; restrict the user tables instead.")));
	reldesc = RelationGetDescr(bs->rel);
	bs->values = palloc(sizeof(Datum) * reldesc->natts);
	bs->nulls = palloc(sizeof(bool) * reldesc->natts);
	bs->desc = CreateTemplateTupleDesc(ncols);
	bs->ncols = ncols;
	for (k = 0; k < ncols; k++)
	{
		AttrNumber	att = attnameAttNum(bs->rel, columns[k], false);

		if (att == InvalidAttrNumber)
			elog(ERROR, "column \"%s\" of llmnum.%s not found", columns[k], table);
		bs->attnums[k] = att;
		TupleDescCopyEntry(bs->desc, (AttrNumber) (k + 1), reldesc, att);
	}
	bs->scan = table_beginscan(bs->rel,
							   load_snapshot != NULL ? load_snapshot : GetActiveSnapshot(),
							   0, NULL);
}

/* The next row, as the row col_value() reads; NULL at the end. */
static HeapTuple
builtin_scan_next(BuiltinScan *bs)
{
	HeapTuple	tup = heap_getnext(bs->scan, ForwardScanDirection);
	int			k;

	row_tuple = NULL;
	if (tup == NULL)
		return NULL;
	heap_deform_tuple(tup, RelationGetDescr(bs->rel), bs->values, bs->nulls);
	for (k = 0; k < bs->ncols; k++)
	{
		row_values[k] = bs->values[bs->attnums[k] - 1];
		row_nulls[k] = bs->nulls[bs->attnums[k] - 1];
	}
	row_tuple = tup;
	return tup;
}

static void
builtin_scan_end(BuiltinScan *bs)
{
	row_tuple = NULL;
	table_endscan(bs->scan);
	table_close(bs->rel, NoLock);
}

/* Room for n entries of size bytes in the cache, or the limit error. */
static void *
cache_array(uint64 n, size_t size)
{
	if (n >= (uint64) (MaxAllocSize / size / 4))
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("too many rows in the llmnum catalog")));
	return MemoryContextAllocZero(catalog.cxt, size * (n + 1));
}

/* Room for n keyed entries and their name index, in the cache. */
static void *
keyed_array(uint64 n, size_t size, NameIndex *ix)
{
	void	   *entries = cache_array(n, size);
	MemoryContext old = MemoryContextSwitchTo(catalog.cxt);

	index_init(ix, (int) n + 1);
	MemoryContextSwitchTo(old);
	return entries;
}

/* Fill a key from a catalog name, in the cache's context. */
static void
key_set(llmnum_catalog_key *k, const char *name)
{
	MemoryContext old = MemoryContextSwitchTo(catalog.cxt);

	key_init(k, name);
	MemoryContextSwitchTo(old);
}

/*
 * Key an entry by the name in column 1 of a row and index it; false when
 * the name is NULL or already taken up to case (the first row wins).
 */
static bool
enter_row(llmnum_catalog_key *k, NameIndex *ix, HeapTuple tup, TupleDesc desc)
{
	char	   *name = col_text(tup, desc, 1);

	if (name == NULL)
		return false;
	key_set(k, name);
	return index_add(ix, k) == k;
}

/*
 * The columns of a model, as load_model() reads them (column k + 1 of a
 * row is model_columns[k]; the row's last column is its origin).
 */
static const char *const model_columns[] = {
	"name", "kind", "encoding", "params_total", "layers", "hidden_size",
	"attention_heads", "kv_heads", "head_dim", "context_window",
	"intermediate_size", "vocab_size", "experts_active", "sliding_window",
	"sliding_window_layers", "kv_latent_dim", "host", "open_weights", "base_model"
};
#define NMODEL_COLUMNS ((int) lengthof(model_columns))
#define ORIGIN_COLUMN (NMODEL_COLUMNS + 1)

/*
 * The names part: user models ('u') and the models named by user prices
 * ('p') in one query, which may lack a row in llmnum.models (a restore with
 * triggers disabled, a built-in model an upgrade removed), then the
 * built-in models read from the table itself (builtin_scan).  Built-in
 * prices need no such branch: their foreign key keeps them on rows of
 * llmnum.builtin_models.  load_models() gives user rows precedence as the
 * view does (a built-in row shadowed by a user row of the same lower-cased
 * name is skipped) and sorts nothing: the names are sorted only for hints
 * (model_names()).  The view llmnum.models would cost a planned anti-join
 * and a sort.  The query is built once from model_columns.
 */
static const char *
user_models_sql(void)
{
	static char *sql = NULL;
	StringInfoData buf;
	int			k;

	if (sql != NULL)
		return sql;
	initStringInfo(&buf);
	appendStringInfoString(&buf, "SELECT");
	for (k = 0; k < NMODEL_COLUMNS; k++)
		appendStringInfo(&buf, " %s,", model_columns[k]);
	appendStringInfoString(&buf, " 'u' FROM llmnum.user_models UNION ALL SELECT model,");
	for (k = 1; k < NMODEL_COLUMNS; k++)
		appendStringInfoString(&buf, " NULL,");
	appendStringInfoString(&buf, " 'p' FROM llmnum.user_prices");
	sql = MemoryContextStrdup(TopMemoryContext, buf.data);
	pfree(buf.data);
	return sql;
}

/* Whether a and b count tokens and take GPU memory alike. */
static bool
same_weights(const llmnum_catalog_model *a, const llmnum_catalog_model *b)
{
	const llmnum_arch *x = &a->arch;
	const llmnum_arch *y = &b->arch;

	return a->encoding == b->encoding && a->context_window == b->context_window &&
		a->missing_arch == b->missing_arch && x->params_total == y->params_total &&
		x->layers == y->layers && x->hidden_size == y->hidden_size &&
		x->attention_heads == y->attention_heads && x->kv_heads == y->kv_heads &&
		x->head_dim == y->head_dim && x->intermediate_size == y->intermediate_size &&
		x->vocab_size == y->vocab_size && x->experts_active == y->experts_active &&
		x->sliding_window == y->sliding_window &&
		x->sliding_window_layers == y->sliding_window_layers &&
		x->kv_latent_dim == y->kv_latent_dim && x->keeps_kv_cache == y->keeps_kv_cache;
}

/*
 * Index the open-weights models without host of llmnum.models by their
 * llmnum_id_fold() key (in the cache's context; the names part is loaded).
 */
static void
index_folded_names(void)
{
	MemoryContext old = MemoryContextSwitchTo(catalog.cxt);
	FoldEntry  *entries = palloc0(sizeof(FoldEntry) * (catalog.nmodels_in_view + 1));
	int			n = 0;
	int			i;

	index_init(&catalog.fold_index, catalog.nmodels_in_view);
	for (i = 0; i < catalog.nmodels_in_view; i++)
	{
		const llmnum_catalog_model *m = &catalog.models[i];
		FoldEntry  *f = &entries[n];
		char		key[LLMNUM_ID_FOLD_MAX];
		size_t		keylen;
		FoldEntry  *have;

		if (!m->open_weights || m->host != NULL)
			continue;
		keylen = llmnum_id_fold(m->key.name, strlen(m->key.name), key, sizeof(key));
		if (keylen == 0)
			continue;
		f->key.name = m->key.name;
		f->key.folded = pstrdup(key);
		f->key.folded_len = (int) keylen;
		f->key.hash = llmnum_name_hash(key, keylen, NULL);
		f->model = m;
		have = (FoldEntry *) index_add(&catalog.fold_index, &f->key);
		if (have == f)
			n++;
		else if (have->model != NULL && !same_weights(have->model, m))
			have->model = NULL;
	}
	MemoryContextSwitchTo(old);
}

/* A model of llmnum.models from a row whose columns are model_columns. */
static void
load_model(HeapTuple tup, TupleDesc desc)
{
	llmnum_catalog_model *m = &catalog.models[catalog.nmodels];
	char	   *kind = col_text(tup, desc, 2);
	char	   *enc = col_text(tup, desc, 3);
	char	   *host;
	char	   *base;
	llmnum_arch *a = &m->arch;

	if (!enter_row(&m->key, &catalog.model_index, tup, desc))
		return;
	catalog.nmodels++;
	m->in_models = true;
	host = col_text(tup, desc, 17);
	m->host = host ? MemoryContextStrdup(catalog.cxt, host) : NULL;
	m->kind = kind ? MemoryContextStrdup(catalog.cxt, kind) : NULL;
	m->open_weights = col_bool(tup, desc, 18);
	base = col_text(tup, desc, 19);
	m->base_model = base ? MemoryContextStrdup(catalog.cxt, base) : NULL;
	m->encoding = enc ? llmnum_encoding_find(enc, strlen(enc)) : NULL;
	a->params_total = col_double(tup, desc, 4);
	a->layers = col_int(tup, desc, 5);
	a->hidden_size = col_int(tup, desc, 6);
	a->attention_heads = col_int(tup, desc, 7);
	a->kv_heads = col_int(tup, desc, 8);
	a->head_dim = col_int(tup, desc, 9);
	m->context_window = (int32) col_int(tup, desc, 10);
	a->intermediate_size = col_int(tup, desc, 11);
	a->vocab_size = col_int(tup, desc, 12);
	a->experts_active = col_int(tup, desc, 13);
	a->sliding_window = col_int(tup, desc, 14);
	a->sliding_window_layers = col_int(tup, desc, 15);
	a->kv_latent_dim = col_int(tup, desc, 16);
	/* embedding and rerank models run one forward pass and cache nothing */
	a->keeps_kv_cache = !(kind && (strcmp(kind, "embedding") == 0 ||
								   strcmp(kind, "rerank") == 0));
	if (!(a->params_total > 0))
		m->missing_arch = "params_total";
	else if (a->layers == 0)
		m->missing_arch = "layers";
	else if (a->hidden_size == 0)
		m->missing_arch = "hidden_size";
	else if (a->attention_heads == 0)
		m->missing_arch = "attention_heads";
	else if (a->kv_heads == 0)
		m->missing_arch = "kv_heads";
	else if (a->head_dim == 0)
		m->missing_arch = "head_dim";
}

/*
 * The models: user models, then the built-in models they do not shadow
 * (entries [0, nmodels_in_view) of models), then the models named only by
 * user prices.  The user part's rows are tab's; the built-in table is read
 * twice, to size the array (the index points into it) and to load it.
 */
static void
load_models(SPITupleTable *tab, uint64 n)
{
	char	   *origin = palloc(n + 1);
	uint64		r;
	uint64		nbuiltin = 0;
	BuiltinScan bs;

	builtin_scan_begin(&bs, "builtin_models", model_columns, NMODEL_COLUMNS);
	while (heap_getnext(bs.scan, ForwardScanDirection) != NULL)
		nbuiltin++;
	table_rescan(bs.scan, NULL);
	catalog.models = keyed_array(n + nbuiltin, sizeof(llmnum_catalog_model),
								 &catalog.model_index);

	for (r = 0; r < n; r++)
	{
		char	   *o = col_text(tab->vals[r], tab->tupdesc, ORIGIN_COLUMN);

		origin[r] = o ? o[0] : '?';
	}
	for (r = 0; r < n; r++)
		if (origin[r] == 'u')
			load_model(tab->vals[r], tab->tupdesc);
	for (r = 0; r < nbuiltin; r++)
	{
		HeapTuple	tup = builtin_scan_next(&bs);

		/* the same snapshot gives the same rows; the bound keeps to the array */
		if (tup == NULL)
			break;
		load_model(tup, bs.desc);
	}
	builtin_scan_end(&bs);
	catalog.nmodels_in_view = catalog.nmodels;
	for (r = 0; r < n; r++)
	{
		llmnum_catalog_model *m = &catalog.models[catalog.nmodels];
		char	   *name;

		if (origin[r] != 'p')
			continue;
		/* most price rows name a model already entered: no copy for them */
		name = col_text(tab->vals[r], tab->tupdesc, 1);
		if (name == NULL || index_find(&catalog.model_index, name, strlen(name)) != NULL)
			continue;
		/* a model named by a price row only: no tokenizer, no architecture */
		if (enter_row(&m->key, &catalog.model_index, tab->vals[r], tab->tupdesc))
			catalog.nmodels++;
	}
}

/*
 * The columns of the price tables that the prices part reads: user prices
 * through SPI (USER_PRICES_SQL, the columns of price_columns), the
 * built-in tables from their heaps.
 */
static const char *const price_columns[] = {
	"model", "component", "tier_above_tokens", "usd_per_mtok", "valid_from", "valid_to"
};
static const char *const gap_columns[] = {
	"model", "component", "tier_above_tokens", "valid_from", "valid_to"
};
static const char *const window_columns[] = {
	"model", "component", "usd_per_mtok", "valid_from", "valid_to", "weekdays",
	"starts_at", "ends_at"
};

#define USER_PRICES_SQL \
	"SELECT model, component, tier_above_tokens, usd_per_mtok, valid_from, valid_to" \
	" FROM llmnum.user_prices"

/* One price row, as add_price() folds it. */
typedef struct PriceRow
{
	char	   *model;
	char	   *component;		/* NULL: a whole tier without a price */
	int32		tier;
	char	   *price;			/* decimal text; NULL: no price (a gap) */
	TimestampTz from;
	TimestampTz to;
	bool		is_user;
	uint8		window_days;	/* bit d - 1 for ISO weekday d; 0: every hour */
	int16		window_start;	/* minutes after midnight */
	int16		window_end;
} PriceRow;

/*
 * Fold one row of llmnum.prices, a known unknown of
 * llmnum.builtin_price_gaps (a row without a price: a whole long-context
 * tier where it has no component, else a request fee) or a price of hours
 * of llmnum.builtin_price_windows into lists, whose entry i collects the
 * rows of models[i] (in the SPI context, freed with it).  A row whose model
 * the names part lacks means that the names were read under an older
 * snapshot than the prices, a change whose invalidation has not arrived
 * yet: the load is then marked overtaken, and ensure_parts() reads both
 * again under one snapshot.
 */
static void
add_price(PeriodList *lists, const PriceRow *row)
{
	llmnum_catalog_model *m = (llmnum_catalog_model *)
		index_find(&catalog.model_index, row->model, strlen(row->model));
	PeriodList *l;
	llmnum_period p;
	llmnum_cost_status st;

	if (m == NULL)
	{
		catalog.overtaken = true;
		return;
	}
	l = &lists[m - catalog.models];
	p.tier_above = row->tier;
	p.valid_from = row->from;
	p.valid_to = row->to;
	p.is_user = row->is_user;
	p.window_days = row->window_days;
	p.window_start = row->window_start;
	p.window_end = row->window_end;
	p.tier_only = row->price == NULL && row->component == NULL;
	p.unknown = row->price == NULL && row->component != NULL;
	p.component = row->component == NULL ? 0
		: llmnum_component_from_name(row->component, strlen(row->component));
	if (row->price == NULL)
	{
		p.price.units = 0;
		p.price.scale = 0;
		st = LLMNUM_COST_OK;
	}
	else
		st = llmnum_money_parse(row->price, strlen(row->price), &p.price);
	if (p.component < 0 || st != LLMNUM_COST_OK || row->to <= row->from)
	{
		if (m->bad_row == NULL)
			m->bad_row = MemoryContextStrdup(catalog.cxt,
											 psprintf("%s price %s from %s (%s row)",
													  row->component, row->price,
													  timestamptz_to_str(row->from),
													  row->is_user ? "user" : "built-in"));
		return;
	}
	if (l->n == l->max)
	{
		l->max = l->max ? l->max * 2 : 8;
		l->periods = l->periods
			? repalloc(l->periods, sizeof(llmnum_period) * l->max)
			: palloc(sizeof(llmnum_period) * l->max);
	}
	l->periods[l->n++] = p;
	if (row->from < m->first_from)
		m->first_from = row->from;
	if (row->to > m->last_to)
		m->last_to = row->to;
}

/*
 * The columns from, from + 1 of the current row: valid_from and valid_to
 * (NULL: open-ended).
 */
static void
row_period(HeapTuple tup, TupleDesc td, int from, PriceRow *row)
{
	bool		isnull;
	Datum		d = col_value(tup, td, from, &isnull);

	row->from = DatumGetTimestampTz(d);
	d = col_value(tup, td, from + 1, &isnull);
	row->to = isnull ? LLMNUM_FOREVER : DatumGetTimestampTz(d);
}

/* A numeric column as decimal text, NULL for NULL. */
static char *
col_numeric_text(HeapTuple tup, TupleDesc td, int col)
{
	bool		isnull;
	Datum		d = col_value(tup, td, col, &isnull);

	return isnull ? NULL : DatumGetCString(DirectFunctionCall1(numeric_out, d));
}

/* A row with the columns of price_columns; model and component first. */
static void
price_row(HeapTuple tup, TupleDesc td, bool is_user, PriceRow *row)
{
	bool		isnull;

	memset(row, 0, sizeof(*row));
	row->model = col_text(tup, td, 1);
	row->component = col_text(tup, td, 2);
	row->tier = DatumGetInt32(col_value(tup, td, 3, &isnull));
	row->price = col_numeric_text(tup, td, 4);
	row_period(tup, td, 5, row);
	row->is_user = is_user;
}

/* A row of llmnum.builtin_price_gaps: no price. */
static void
gap_row(HeapTuple tup, TupleDesc td, PriceRow *row)
{
	bool		isnull;

	memset(row, 0, sizeof(*row));
	row->model = col_text(tup, td, 1);
	row->component = col_text(tup, td, 2);
	row->tier = DatumGetInt32(col_value(tup, td, 3, &isnull));
	row_period(tup, td, 4, row);
}

/* A row of llmnum.builtin_price_windows: its weekdays and hours. */
static void
window_row(HeapTuple tup, TupleDesc td, PriceRow *row)
{
	bool		isnull;
	ArrayType  *days;
	Datum	   *elems;
	int			nelems;
	int			i;

	memset(row, 0, sizeof(*row));
	row->model = col_text(tup, td, 1);
	row->component = col_text(tup, td, 2);
	row->price = col_numeric_text(tup, td, 3);
	row_period(tup, td, 4, row);
	days = DatumGetArrayTypeP(col_value(tup, td, 6, &isnull));
	deconstruct_array(days, INT2OID, sizeof(int16), true, TYPALIGN_SHORT,
					  &elems, NULL, &nelems);
	/* weekdays_iso keeps each element in 1..7 (and the array not empty) */
	for (i = 0; i < nelems; i++)
		row->window_days |= (uint8) (1 << (DatumGetInt16(elems[i]) - 1));
	/* starts_on_a_minute and ends_on_a_minute: no seconds */
	row->window_start = (int16) (DatumGetTimeADT(col_value(tup, td, 7, &isnull)) /
								 USECS_PER_MINUTE);
	row->window_end = (int16) (DatumGetTimeADT(col_value(tup, td, 8, &isnull)) /
							   USECS_PER_MINUTE);
}

/* Every price row into one schedule per model of the names part. */
static void
load_prices(void)
{
	PeriodList *lists = palloc0(sizeof(PeriodList) * (catalog.nmodels + 1));
	BuiltinScan bs;
	PriceRow	row;
	HeapTuple	tup;
	int			i;

	for (i = 0; i < catalog.nmodels; i++)
	{
		catalog.models[i].first_from = LLMNUM_FOREVER;
		catalog.models[i].last_to = PG_INT64_MIN;
	}
	if (table_may_have_rows("user_prices"))
	{
		uint64		n;
		SPITupleTable *tab = run_query(USER_PRICES_SQL, &n);
		uint64		r;

		for (r = 0; r < n; r++)
		{
			price_row(tab->vals[r], tab->tupdesc, true, &row);
			add_price(lists, &row);
		}
	}
	builtin_scan_begin(&bs, "builtin_prices", price_columns, lengthof(price_columns));
	while ((tup = builtin_scan_next(&bs)) != NULL)
	{
		price_row(tup, bs.desc, false, &row);
		add_price(lists, &row);
	}
	builtin_scan_end(&bs);
	builtin_scan_begin(&bs, "builtin_price_gaps", gap_columns, lengthof(gap_columns));
	while ((tup = builtin_scan_next(&bs)) != NULL)
	{
		gap_row(tup, bs.desc, &row);
		add_price(lists, &row);
	}
	builtin_scan_end(&bs);
	builtin_scan_begin(&bs, "builtin_price_windows", window_columns, lengthof(window_columns));
	while ((tup = builtin_scan_next(&bs)) != NULL)
	{
		window_row(tup, bs.desc, &row);
		add_price(lists, &row);
	}
	builtin_scan_end(&bs);

	for (i = 0; i < catalog.nmodels; i++)
	{
		llmnum_catalog_model *m = &catalog.models[i];
		MemoryContext old;
		llmnum_cost_status st;

		if (lists[i].n == 0)
			continue;
		old = MemoryContextSwitchTo(catalog.cxt);
		st = llmnum_schedule_build(&llmnum_pg_host, lists[i].periods, lists[i].n,
								   &m->schedule);
		MemoryContextSwitchTo(old);
		if (st != LLMNUM_COST_OK)
			elog(ERROR, "invalid price periods for model \"%s\"", m->key.name);
		m->has_prices = true;
	}
}

#define GPUS_SQL \
	"SELECT name, COALESCE(usable_memory_bytes, memory_bytes)," \
	" COALESCE(bf16_tflops, fp16_tflops), usd_per_hour" \
	" FROM llmnum.gpus ORDER BY name"

static void
load_gpus(SPITupleTable *tab, uint64 n)
{
	uint64		r;

	for (r = 0; r < n; r++)
	{
		HeapTuple	tup = tab->vals[r];
		TupleDesc	desc = tab->tupdesc;
		llmnum_catalog_gpu *g = &catalog.gpus[catalog.ngpus];
		bool		isnull;
		Datum		price;

		if (!enter_row(&g->key, &catalog.gpu_index, tup, desc))
			continue;
		catalog.ngpus++;
		g->memory_bytes = col_int(tup, desc, 2);
		g->peak_tflops = col_double(tup, desc, 3);
		price = col_value(tup, desc, 4, &isnull);
		g->has_price = !isnull;
		if (!isnull)
		{
			MemoryContext old = MemoryContextSwitchTo(catalog.cxt);

			g->usd_per_hour = datumCopy(price, false, -1);
			MemoryContextSwitchTo(old);
		}
	}
}

#define QUANTS_SQL \
	"SELECT name, kind, bits_per_weight FROM llmnum.quantizations ORDER BY name"

/* The kinds the table's check constraint allows, kept without a copy. */
static const char *const quant_kinds[] = {"float", "integer", "gptq", "awq", "gguf"};

static void
load_quants(SPITupleTable *tab, uint64 n)
{
	uint64		r;

	for (r = 0; r < n; r++)
	{
		llmnum_catalog_quant *q = &catalog.quants[catalog.nquants];
		char	   *kind;
		size_t		k;

		if (!enter_row(&q->key, &catalog.quant_index, tab->vals[r], tab->tupdesc))
			continue;
		catalog.nquants++;
		kind = col_text(tab->vals[r], tab->tupdesc, 2);
		q->kind = NULL;
		for (k = 0; kind != NULL && k < lengthof(quant_kinds); k++)
			if (strcmp(kind, quant_kinds[k]) == 0)
				q->kind = quant_kinds[k];
		if (kind != NULL)
			pfree(kind);
		q->bits_per_weight = col_double(tab->vals[r], tab->tupdesc, 3);
	}
}

/* The result whose rows qsort() sorts. */
static TupleDesc sort_desc;

/*
 * Sorted in C (user_rule_cmp), not by ORDER BY: planning the sort was a
 * tenth of the first call with a model name in a new backend, for a table
 * that is mostly empty.
 */
#define USER_RULES_SQL \
	"SELECT match_kind, pattern, target, host, valid_from, valid_to" \
	" FROM llmnum.user_model_aliases"

/* The columns of llmnum.builtin_model_rules that load_rules() reads. */
static const char *const rule_columns[] = {
	"kind", "pattern", "scope", "host", "replacement", "ordinal"
};

/* A rule and its place in the order the resolver tries them. */
typedef struct OrderedRule
{
	int32		ordinal;
	llmnum_id_rule rule;
} OrderedRule;

/* By ordinal (an integer primary key). */
static int
rule_cmp(const void *pa, const void *pb)
{
	int32		x = ((const OrderedRule *) pa)->ordinal;
	int32		y = ((const OrderedRule *) pb)->ordinal;

	return x < y ? -1 : x > y ? 1 : 0;
}

/* The built-in id rules, sorted by ordinal here rather than by a query. */
static void
load_rules(void)
{
	BuiltinScan bs;
	HeapTuple	tup;
	OrderedRule *rules;
	int			n = 0;
	int			max = 256;
	int			r;
	MemoryContext old;

	builtin_scan_begin(&bs, "builtin_model_rules", rule_columns, lengthof(rule_columns));
	rules = palloc(sizeof(OrderedRule) * max);
	old = MemoryContextSwitchTo(catalog.cxt);
	while ((tup = builtin_scan_next(&bs)) != NULL)
	{
		char	   *kind = col_text(tup, bs.desc, 1);
		llmnum_id_rule *rule = &rules[n].rule;
		int			k = kind ? llmnum_id_kind_from_name(kind) : -1;

		if (k < 0)
			continue;
		rule->kind = (llmnum_id_kind) k;
		rule->pattern = col_text(tup, bs.desc, 2);
		rule->scope = col_text(tup, bs.desc, 3);
		rule->host = col_text(tup, bs.desc, 4);
		rule->replacement = col_text(tup, bs.desc, 5);
		rule->name = psprintf("%s %s", kind, rule->pattern ? rule->pattern : "");
		rules[n].ordinal = (int32) col_int(tup, bs.desc, 6);
		if (++n == max)
		{
			max *= 2;
			rules = repalloc(rules, sizeof(OrderedRule) * max);
		}
	}
	MemoryContextSwitchTo(old);
	builtin_scan_end(&bs);
	qsort(rules, n, sizeof(OrderedRule), rule_cmp);
	catalog.rules = MemoryContextAllocZero(catalog.cxt, sizeof(llmnum_id_rule) * (n + 1));
	for (r = 0; r < n; r++)
		catalog.rules[r] = rules[r].rule;
	catalog.nrules = n;
}

/* The result whose rows qsort() sorts. */
static TupleDesc sort_desc;

/* Position of a match kind in the order the rules are tried. */
static int
match_kind_rank(HeapTuple tup, TupleDesc desc)
{
	bool		isnull;
	Datum		d = SPI_getbinval(tup, desc, 1, &isnull);
	char	   *kind = isnull ? NULL : TextDatumGetCString(d);

	if (kind == NULL)
		return 4;
	return strcmp(kind, "exact") == 0 ? 1 : strcmp(kind, "prefix") == 0 ? 2 :
		strcmp(kind, "regex") == 0 ? 3 : 4;
}

/* Text columns as ORDER BY compares them: collation order, NULLs last. */
static int
text_col_cmp(HeapTuple a, HeapTuple b, TupleDesc desc, int col)
{
	bool		anull;
	bool		bnull;
	Datum		x = SPI_getbinval(a, desc, col, &anull);
	Datum		y = SPI_getbinval(b, desc, col, &bnull);

	if (anull || bnull)
		return (int) anull - (int) bnull;
	return varstr_cmp(VARDATA_ANY(DatumGetPointer(x)), VARSIZE_ANY_EXHDR(DatumGetPointer(x)),
					  VARDATA_ANY(DatumGetPointer(y)), VARSIZE_ANY_EXHDR(DatumGetPointer(y)),
					  DEFAULT_COLLATION_OID);
}


/*
 * The order in which user rules are tried: exact, prefix, regex; then the
 * longest pattern first (in characters, as length()), then pattern, host
 * (NULL last) and valid_from, as ORDER BY would sort them.
 */
static int
user_rule_cmp(const void *pa, const void *pb)
{
	HeapTuple	a = *(const HeapTuple *) pa;
	HeapTuple	b = *(const HeapTuple *) pb;
	TupleDesc	desc = sort_desc;
	int			c = match_kind_rank(a, desc) - match_kind_rank(b, desc);
	bool		anull;
	bool		bnull;
	Datum		x;
	Datum		y;

	if (c != 0)
		return c;
	x = SPI_getbinval(a, desc, 2, &anull);
	y = SPI_getbinval(b, desc, 2, &bnull);
	if (!anull && !bnull)
	{
		int			lx = pg_mbstrlen_with_len(VARDATA_ANY(DatumGetPointer(x)),
										  VARSIZE_ANY_EXHDR(DatumGetPointer(x)));
		int			ly = pg_mbstrlen_with_len(VARDATA_ANY(DatumGetPointer(y)),
										  VARSIZE_ANY_EXHDR(DatumGetPointer(y)));

		if (lx != ly)
			return lx > ly ? -1 : 1;
	}
	if ((c = text_col_cmp(a, b, desc, 2)) != 0)
		return c;
	if ((c = text_col_cmp(a, b, desc, 4)) != 0)
		return c;
	x = SPI_getbinval(a, desc, 5, &anull);
	y = SPI_getbinval(b, desc, 5, &bnull);
	if (anull || bnull)
		return (int) anull - (int) bnull;
	return timestamp_cmp_internal(DatumGetTimestampTz(x), DatumGetTimestampTz(y));
}

static void
load_user_rules(SPITupleTable *tab, uint64 n)
{
	uint64		r;
	MemoryContext old = MemoryContextSwitchTo(catalog.cxt);

	catalog.user_rules = palloc0(sizeof(UserRule) * (n + 1));
	if (n > 1)
	{
		sort_desc = tab->tupdesc;
		qsort(tab->vals, n, sizeof(HeapTuple), user_rule_cmp);
	}
	for (r = 0; r < n; r++)
	{
		HeapTuple	tup = tab->vals[r];
		TupleDesc	desc = tab->tupdesc;
		UserRule   *u = &catalog.user_rules[catalog.nuser_rules];
		char	   *kind = col_text(tup, desc, 1);
		char	   *pattern = col_text(tup, desc, 2);
		bool		isnull;
		Datum		d;
		int			flen;

		if (kind == NULL || pattern == NULL)
			continue;
		u->kind = kind[0];
		u->pattern = fold_name(pattern, strlen(pattern), &flen);
		u->regex = cstring_to_text(pattern);
		u->target = col_text(tup, desc, 3);
		u->model = u->target
			? (const llmnum_catalog_model *) index_find(&catalog.model_index, u->target,
														strlen(u->target))
			: NULL;
		u->host = col_text(tup, desc, 4);
		u->host_prefix = u->host ? psprintf("%s/", u->host) : NULL;
		d = col_value(tup, desc, 5, &isnull);
		u->from = isnull ? PG_INT64_MIN : DatumGetTimestampTz(d);
		d = col_value(tup, desc, 6, &isnull);
		u->to = isnull ? LLMNUM_FOREVER : DatumGetTimestampTz(d);
		u->label = psprintf("user_model_aliases %s %s%s%s", kind, pattern,
							u->host ? " host " : "", u->host ? u->host : "");
		catalog.nuser_rules++;
	}
	MemoryContextSwitchTo(old);
}

/* in any order: find_host() looks a host up by its whole name */
static const char *const host_columns[] = {"host", "name_prefix"};

static void
load_hosts(void)
{
	BuiltinScan bs;
	HeapTuple	tup;
	int			max = 32;
	MemoryContext old;

	builtin_scan_begin(&bs, "builtin_hosts", host_columns, lengthof(host_columns));
	old = MemoryContextSwitchTo(catalog.cxt);
	catalog.hosts = palloc(sizeof(HostEntry) * max);
	while ((tup = builtin_scan_next(&bs)) != NULL)
	{
		char	   *host = col_text(tup, bs.desc, 1);
		char	   *prefix = col_text(tup, bs.desc, 2);

		if (host == NULL)
			continue;
		catalog.hosts[catalog.nhosts].host = host;
		catalog.hosts[catalog.nhosts].prefix = prefix ? prefix : pstrdup("");
		if (++catalog.nhosts == max)
		{
			max *= 2;
			catalog.hosts = repalloc(catalog.hosts, sizeof(HostEntry) * max);
		}
	}
	MemoryContextSwitchTo(old);
	builtin_scan_end(&bs);
}

/* an alias of several periods comes once per period: marked again */
static const char *const alias_columns[] = {"alias"};

/* Mark the undated aliases, which no stripped suffix may land on. */
static void
load_aliases(void)
{
	BuiltinScan bs;
	HeapTuple	tup;

	builtin_scan_begin(&bs, "builtin_model_aliases", alias_columns, lengthof(alias_columns));
	while ((tup = builtin_scan_next(&bs)) != NULL)
	{
		char	   *alias = col_text(tup, bs.desc, 1);
		llmnum_catalog_key *k = alias ? index_find(&catalog.model_index, alias, strlen(alias)) : NULL;

		if (k != NULL)
			((llmnum_catalog_model *) k)->is_alias = true;
	}
	builtin_scan_end(&bs);
}

/* The names of the first n entries of an array of keyed structs, in the cache. */
static const char **
names_of(const void *entries, size_t size, int n)
{
	const char **names = MemoryContextAlloc(catalog.cxt, sizeof(char *) * (n + 1));
	int			i;

	for (i = 0; i < n; i++)
		names[i] = ((const llmnum_catalog_key *) ((const char *) entries + i * size))->name;
	return names;
}

/*
 * Start an empty cache in a fresh memory context.  The context of the
 * cache it replaces is deleted, unless the caller may still hold pointers
 * into it (retire): a part loaded in the middle of a call (a GPU after the
 * model, the built-in id rules after a catalog name) can be overtaken by
 * an invalidation, and the call may already hold a model of the old
 * cache.  A retired context becomes a child of the transaction's, so it
 * lives until the transaction ends.
 */
static void
reset_catalog(bool retire)
{
	Oid			nsp;
	int			i;

	if (!callback_registered)
	{
		CacheRegisterRelcacheCallback(catalog_callback, (Datum) 0);
		callback_registered = true;
	}

	nsp = get_namespace_oid("llmnum", false);
	for (i = 0; i < (int) NWATCHED; i++)
		watched_oids[i] = get_relname_relid(watched_tables[i], nsp);

	if (catalog.cxt != NULL)
	{
		if (retire)
			MemoryContextSetParent(catalog.cxt, TopTransactionContext);
		else
			MemoryContextDelete(catalog.cxt);
	}
	memset(&catalog, 0, sizeof(catalog));
	catalog_valid = false;
	/* owned by the cache at once, so that an error here cannot leak it */
	catalog.cxt = AllocSetContextCreate(TopMemoryContext, "llmnum catalog cache",
										ALLOCSET_DEFAULT_SIZES);
	reload_after = InvalidLocalTransactionId;
	catalog_valid = true;
}

/* The names part: models, models of user prices, user id rules. */
static void
load_names(void)
{
	uint64		nmodels = 0;
	uint64		nuser_rules = 0;
	SPITupleTable *models_tab = NULL;
	SPITupleTable *user_rules_tab = NULL;

	if (table_may_have_rows("user_models") || table_may_have_rows("user_prices"))
		models_tab = run_query(user_models_sql(), &nmodels);
	if (table_may_have_rows("user_model_aliases"))
		user_rules_tab = run_query(USER_RULES_SQL, &nuser_rules);

	load_models(models_tab, nmodels);
	load_user_rules(user_rules_tab, nuser_rules);
}

/* The rest of what the id resolver needs: built-in rules, aliases, hosts. */
static void
load_rules_part(void)
{
	load_aliases();
	load_rules();
	load_hosts();
}

static void
load_gpus_part(void)
{
	uint64		ngpus;
	SPITupleTable *gpus_tab = run_query(GPUS_SQL, &ngpus);

	catalog.gpus = keyed_array(ngpus, sizeof(llmnum_catalog_gpu), &catalog.gpu_index);
	load_gpus(gpus_tab, ngpus);
	catalog.gpu_names = names_of(catalog.gpus, sizeof(llmnum_catalog_gpu), catalog.ngpus);
}

static void
load_quants_part(void)
{
	uint64		nquants;
	SPITupleTable *quants_tab = run_query(QUANTS_SQL, &nquants);

	catalog.quants = keyed_array(nquants, sizeof(llmnum_catalog_quant), &catalog.quant_index);
	load_quants(quants_tab, nquants);
	catalog.quant_names = names_of(catalog.quants, sizeof(llmnum_catalog_quant), catalog.nquants);
}

/*
 * Read the missing parts through SPI into the cache's context, every query
 * with one snapshot (load_snapshot).  On an error the whole cache is
 * dropped: a part may be half loaded.
 */
static void
load_parts(int parts)
{
	PG_TRY();
	{
		if (SPI_connect() != SPI_OK_CONNECT)
			elog(ERROR, "SPI_connect failed");
		/* on a Citus worker: the rows about to be loaded are the coordinator's */
		llmnum_citus_verify(load_snapshot);
		/* temporary values go to the SPI context, freed by SPI_finish */
		if (parts & PART_NAMES)
			load_names();
		if (parts & PART_RULES)
			load_rules_part();
		if (parts & PART_PRICES)
			load_prices();
		if (parts & PART_GPUS)
			load_gpus_part();
		if (parts & PART_QUANTS)
			load_quants_part();
		SPI_finish();
		catalog.parts |= parts;
	}
	PG_CATCH();
	{
		catalog_valid = false;
		PG_RE_THROW();
	}
	PG_END_TRY();
}

/*
 * Make sure the cache is valid and holds the parts asked for (PART_*),
 * loading what is missing.
 *
 * An invalidation that arrives while parts are being loaded (the first
 * lock on a table processes pending messages) may concern a change the
 * load did not see, and so may a price row of a model that the names
 * part, read earlier, lacks: load again, every part asked for under one
 * snapshot.  The second load takes no new lock, so it is not overtaken in
 * practice; should it be, the cache is kept for this transaction, so that
 * pointers the caller already holds stay valid.
 */
static void
ensure_parts(int parts)
{
	int			tries;
	bool		held;

	/* on a Citus worker, once per statement: the coordinator's user rows? */
	llmnum_citus_check();
	if (catalog_valid && reload_after != InvalidLocalTransactionId &&
		reload_after != MyProc->lxid)
		catalog_valid = false;
	/* prices and aliases are attached to the models of the names part */
	if (parts & (PART_PRICES | PART_RULES))
		parts |= PART_NAMES;
	if (catalog_valid && (catalog.parts & parts) == parts)
		return;

	/*
	 * Adding a part to a valid cache can happen in the middle of a call that
	 * holds pointers into it: if that load is overtaken, the cache is
	 * retired, not freed.  A cache found invalid here is not in use: only a
	 * query can invalidate it, and every query of the cache is a load that
	 * this function checks.
	 */
	held = catalog_valid && catalog.parts != 0;
	for (tries = 0;; tries++)
	{
		uint64		seen = inval_count;

		if (!catalog_valid)
		{
			reset_catalog(held);
			held = false;
		}
		catalog.overtaken = false;
		load_snapshot = IsInParallelMode() ? NULL : RegisterSnapshot(GetLatestSnapshot());
		/* read under the active snapshot, older: reload in the next transaction */
		if (load_snapshot == NULL)
			reload_after = MyProc->lxid;
		PG_TRY();
		{
			load_parts(parts & ~catalog.parts);
		}
		PG_FINALLY();
		{
			if (load_snapshot != NULL)
				UnregisterSnapshot(load_snapshot);
			load_snapshot = NULL;
		}
		PG_END_TRY();
		if (inval_count == seen && !catalog.overtaken)
			break;
		if (tries < 2)
			catalog_valid = false;
		else
		{
			catalog_valid = true;
			reload_after = MyProc->lxid;
			break;
		}
	}
}

/* The resolver's view of the catalog: lower-cased names, no copy. */
static const void *
id_lookup(void *ctx, const char *name, size_t len)
{
	return index_find(&catalog.model_index, name, (int) len);
}

static bool
id_is_alias(void *ctx, const void *entry)
{
	return ((const llmnum_catalog_model *) entry)->is_alias;
}

static bool
id_is_unhosted_open(void *ctx, const void *entry)
{
	const llmnum_catalog_model *m = entry;

	return m->open_weights && m->host == NULL;
}

static bool
id_is_open_weights(void *ctx, const void *entry)
{
	return ((const llmnum_catalog_model *) entry)->open_weights;
}

/*
 * Whether every provider bills the model at one price: a host's id of a
 * maker's own model (its base has closed weights and is sold by a host),
 * not open weights that providers price apart.
 */
static bool
id_is_maker_priced(void *ctx, const void *entry)
{
	const llmnum_catalog_model *m = entry;
	const llmnum_catalog_model *b;

	if (m->open_weights || m->base_model == NULL)
		return false;
	b = llmnum_catalog_find_model(m->base_model, (int) strlen(m->base_model));
	return b != NULL && !b->open_weights && b->host != NULL;
}

static const void *
id_lookup_folded(void *ctx, const char *key, size_t len)
{
	const FoldEntry *f;

	/* built when the weights pass first needs it, not with every load */
	if (catalog.fold_index.slots == NULL)
		index_folded_names();
	f = (const FoldEntry *) index_find_folded(&catalog.fold_index, key, (int) len,
											  llmnum_name_hash(key, len, NULL));
	return f ? f->model : NULL;
}

static const llmnum_id_catalog id_catalog = {
	id_lookup, id_is_alias, id_is_unhosted_open, id_is_open_weights, id_is_maker_priced,
	id_lookup_folded, NULL
};

static const HostEntry *
find_host(const char *host)
{
	int			i;

	for (i = 0; i < catalog.nhosts; i++)
		if (strcmp(catalog.hosts[i].host, host) == 0)
			return &catalog.hosts[i];
	return NULL;
}

bool
llmnum_catalog_host_known(const char *host)
{
	ensure_parts(PART_RULES);
	return find_host(host) != NULL;
}

/* Does user rule u match the id (trimmed and folded)? */
static bool
user_rule_matches(const UserRule *u, const char *id, int len, const char *via)
{
	const char *subject = id;
	int			slen = len;

	if (u->host != NULL)
	{
		int			plen = strlen(u->host_prefix);

		if (len > plen && memcmp(id, u->host_prefix, plen) == 0)
			subject = id + plen, slen = len - plen;
		else if (via == NULL || strcmp(via, u->host) != 0)
			return false;
	}
	switch (u->kind)
	{
		case 'e':
			return (int) strlen(u->pattern) == slen && memcmp(u->pattern, subject, slen) == 0;
		case 'p':
			return (int) strlen(u->pattern) <= slen &&
				memcmp(u->pattern, subject, strlen(u->pattern)) == 0;
		case 'r':
			return DatumGetBool(DirectFunctionCall2Coll(texticregexeq, DEFAULT_COLLATION_OID,
														PointerGetDatum(cstring_to_text_with_len(subject, slen)),
														PointerGetDatum(u->regex)));
	}
	return false;
}

/* Resolve a raw id the first time it is seen; in resolved_cxt. */
static ResolvedId *
resolve_new(const char *id, int len, uint32 hash, const char *via)
{
	MemoryContext old = MemoryContextSwitchTo(catalog.resolved_cxt);
	ResolvedId *r = palloc0(sizeof(ResolvedId));
	llmnum_id_result res;
	const HostEntry *vh = via ? find_host(via) : NULL;
	const char *t = id;
	int			tlen = len;
	char	   *folded;
	int			flen;
	int			i;

	r->raw = palloc(len + 1);
	memcpy(r->raw, id, len);
	r->raw[len] = '\0';
	r->len = len;
	r->hash = hash;
	r->via = via;

	/* user rules see the id trimmed and lower-cased, as the built-in ones */
	while (tlen > 0 && (t[0] == ' ' || (t[0] >= '\t' && t[0] <= '\r')))
		t++, tlen--;
	while (tlen > 0 && (t[tlen - 1] == ' ' || (t[tlen - 1] >= '\t' && t[tlen - 1] <= '\r')))
		tlen--;
	folded = fold_name(t, tlen, &flen);
	r->user_rules = palloc(sizeof(int) * (catalog.nuser_rules + 1));
	for (i = 0; i < catalog.nuser_rules; i++)
		if (user_rule_matches(&catalog.user_rules[i], folded, flen, via))
			r->user_rules[r->nuser_rules++] = i;

	(void) llmnum_id_resolve(id, len, catalog.rules, catalog.nrules, &id_catalog,
							 vh ? vh->host : NULL, vh ? vh->prefix : NULL, &res);
	r->builtin.status = res.status;
	r->builtin.model = res.status == LLMNUM_ID_FOUND ? res.entry : NULL;
	r->builtin.rule = pstrdup(res.status == LLMNUM_ID_FOUND && res.rules[0] == '\0'
							  ? "exact" : res.rules);
	r->builtin.host = r->builtin.model && r->builtin.model->host
		? r->builtin.model->host : (res.host ? pstrdup(res.host) : NULL);
	r->builtin.near = pstrdup(res.near);
	MemoryContextSwitchTo(old);
	return r;
}

/*
 * The resolved id for (id, len, hash h, via), or NULL; *slot is where it
 * is, or the empty slot where it would go.
 */
static ResolvedId *
find_resolved(const char *id, int len, uint32 h, const char *via, uint32 *slot)
{
	uint32		mask = (uint32) catalog.nslots_resolved - 1;
	uint32		j;

	for (j = h & mask;; j = (j + 1) & mask)
	{
		ResolvedId *r = catalog.resolved[j];

		if (r == NULL ||
			(r->hash == h && r->len == len && r->via == via && memcmp(r->raw, id, len) == 0))
		{
			*slot = j;
			return r;
		}
	}
}

/* Four times the slots, the resolved ids placed again. */
static void
grow_resolved(void)
{
	ResolvedId **old = catalog.resolved;
	int			nold = catalog.nslots_resolved;
	int			i;

	catalog.nslots_resolved = Min(nold * 4, RESOLVED_MAX * 2);
	catalog.resolved = MemoryContextAllocZero(catalog.cxt,
											  sizeof(ResolvedId *) * catalog.nslots_resolved);
	for (i = 0; i < nold; i++)
		if (old[i] != NULL)
		{
			uint32		slot;

			(void) find_resolved(old[i]->raw, old[i]->len, old[i]->hash, old[i]->via, &slot);
			catalog.resolved[slot] = old[i];
		}
	pfree(old);
}

/*
 * llmnum_catalog_resolve() with the parts the caller needs besides the
 * names (PART_PRICES for a price function).
 */
static const llmnum_catalog_model *
resolve_id(const char *id, int len, int64 at, const char *via,
		   llmnum_catalog_resolution *out, int parts, bool weights)
{
	bool		ascii;
	uint32		h = llmnum_name_hash(id, len, &ascii);	/* both tables' */
	uint32		slot;
	ResolvedId *r;
	int			i;

	parts |= PART_NAMES;
	ensure_parts(via != NULL ? parts | PART_RULES : parts);
	if (via != NULL)
	{
		const HostEntry *vh = find_host(via);

		via = vh ? vh->host : NULL;	/* interned: compared by pointer */
	}

	/* a catalog name, when no user rule can override it: as before */
	if (catalog.nuser_rules == 0 && via == NULL)
	{
		llmnum_catalog_model *m = (llmnum_catalog_model *)
			index_find_hashed(&catalog.model_index, id, len, h, ascii);

		if (m != NULL)
		{
			if (out)
			{
				out->model = m;
				out->status = LLMNUM_ID_FOUND;
				out->rule = "exact";
				out->host = m->host;
				out->near = m->key.name;
			}
			return m;
		}
	}

	/*
	 * The built-in rules, aliases and hosts, only now: a catalog name needs
	 * none of them.  Loaded already when via was given, so that via, a
	 * pointer into the cache, stays current.
	 */
	ensure_parts(parts | PART_RULES);
	if (catalog.resolved == NULL)
	{
		catalog.resolved_cxt = AllocSetContextCreate(catalog.cxt, "llmnum resolved ids",
													 ALLOCSET_DEFAULT_SIZES);
		catalog.nslots_resolved = RESOLVED_FIRST;
		catalog.resolved = MemoryContextAllocZero(catalog.cxt,
												  sizeof(ResolvedId *) * RESOLVED_FIRST);
	}
	h ^= (uint32) (uintptr_t) via;
	r = find_resolved(id, len, h, via, &slot);
	if (r == NULL)
	{
		if (catalog.nresolved >= RESOLVED_MAX)
		{
			/* hostile or very varied ids: start over rather than grow */
			MemoryContextReset(catalog.resolved_cxt);
			memset(catalog.resolved, 0, sizeof(ResolvedId *) * catalog.nslots_resolved);
			catalog.nresolved = 0;
			(void) find_resolved(id, len, h, via, &slot);
		}
		else if ((catalog.nresolved + 1) * 2 > catalog.nslots_resolved)
		{
			grow_resolved();
			(void) find_resolved(id, len, h, via, &slot);
		}
		r = resolve_new(id, len, h, via);
		catalog.resolved[slot] = r;
		catalog.nresolved++;
	}

	for (i = 0; i < r->nuser_rules; i++)
	{
		const UserRule *u = &catalog.user_rules[r->user_rules[i]];

		if (u->from <= at && at < u->to)
		{
			if (out)
			{
				out->model = u->model;
				out->status = u->model ? LLMNUM_ID_FOUND : LLMNUM_ID_UNKNOWN;
				out->rule = u->label;
				out->host = u->model && u->model->host ? u->model->host : u->host;
				out->near = u->target;
			}
			return u->model;
		}
	}
	if (out)
		*out = r->builtin;
	/* a fine-tune's weights are not its base's; a routed variant's are */
	if (r->builtin.model != NULL || !weights || r->builtin.status == LLMNUM_ID_NO_FINE_TUNE)
		return r->builtin.model;
	if (!r->weights_done)
	{
		llmnum_id_result res;

		if (llmnum_id_resolve_weights(r->raw, r->len, catalog.rules, catalog.nrules,
									  &id_catalog, &res) == LLMNUM_ID_FOUND)
			r->weights = res.entry;
		r->weights_done = true;
	}
	return r->weights;
}

const llmnum_catalog_model *
llmnum_catalog_resolve(const char *id, int len, int64 at, const char *via,
					   llmnum_catalog_resolution *out)
{
	return resolve_id(id, len, at, via, out, PART_PRICES, false);
}

/*
 * A model by a name or id as logged; user rules at the transaction's start
 * (callers without a time of their own: tokenizer, GPU memory).  The
 * prices are not loaded: a token or GPU function has no use for them.
 * Only the weights matter here, so an id that names an open model on a
 * host the catalog does not price for it resolves to that model
 * (llmnum_id_resolve_weights).
 */
const llmnum_catalog_model *
llmnum_catalog_find_model(const char *name, int len)
{
	const llmnum_catalog_model *m =
		resolve_id(name, len, GetCurrentTransactionStartTimestamp(), NULL, NULL, 0, true);

	return m != NULL && m->in_models ? m : NULL;
}

const llmnum_catalog_model *
llmnum_catalog_find_priced_model(const char *name, int len)
{
	return resolve_id(name, len, GetCurrentTransactionStartTimestamp(), NULL, NULL,
					  PART_PRICES, false);
}

const llmnum_catalog_gpu *
llmnum_catalog_find_gpu(const char *name, int len)
{
	ensure_parts(PART_GPUS);
	return (const llmnum_catalog_gpu *) index_find(&catalog.gpu_index, name, len);
}

const llmnum_catalog_quant *
llmnum_catalog_find_quant(const char *name, int len)
{
	ensure_parts(PART_QUANTS);
	return (const llmnum_catalog_quant *) index_find(&catalog.quant_index, name, len);
}

const llmnum_catalog_quant *
llmnum_catalog_quants(size_t *n)
{
	ensure_parts(PART_QUANTS);
	*n = catalog.nquants;
	return catalog.quants;
}

const char **
llmnum_catalog_gpus_prefixed(const char *name, int len, size_t *n)
{
	int			keylen;
	char	   *key;
	const char **names;
	int			i;

	ensure_parts(PART_GPUS);
	key = fold_name(name, len, &keylen);
	names = palloc(sizeof(char *) * (catalog.ngpus + 1));
	*n = 0;
	for (i = 0; i < catalog.ngpus; i++)
	{
		const llmnum_catalog_key *k = &catalog.gpus[i].key;

		if (k->folded_len >= keylen && memcmp(k->folded, key, keylen) == 0)
			names[(*n)++] = k->name;
	}
	return names;
}

/* ORDER BY name, as the database sorts text. */
static int
name_cmp(const void *a, const void *b)
{
	const char *x = *(const char *const *) a;
	const char *y = *(const char *const *) b;

	return varstr_cmp(x, strlen(x), y, strlen(y), DEFAULT_COLLATION_OID);
}

/*
 * The names of models[]: those of llmnum.models sorted by name, as the view
 * sorted them when the cache read it, then those named only by user prices
 * in the order read.  Wanted only by hints (the order decides between
 * names as close), so built on demand.
 */
static const char **
model_names(void)
{
	if (catalog.model_names == NULL)
	{
		const char **names = names_of(catalog.models, sizeof(llmnum_catalog_model),
									  catalog.nmodels);

		qsort(names, catalog.nmodels_in_view, sizeof(char *), name_cmp);
		catalog.model_names = names;
	}
	return catalog.model_names;
}

/* The names of a list. */
static const char *const *
list_names(llmnum_catalog_list list, size_t *n)
{
	switch (list)
	{
		case LLMNUM_CATALOG_MODELS:
			ensure_parts(PART_NAMES);
			*n = catalog.nmodels_in_view;
			return model_names();
		case LLMNUM_CATALOG_PRICED:
			ensure_parts(PART_NAMES);
			*n = catalog.nmodels;
			return model_names();
		case LLMNUM_CATALOG_GPUS:
			ensure_parts(PART_GPUS);
			*n = catalog.ngpus;
			return catalog.gpu_names;
		case LLMNUM_CATALOG_QUANTS:
			ensure_parts(PART_QUANTS);
			*n = catalog.nquants;
			return catalog.quant_names;
	}
	*n = 0;
	return NULL;
}

size_t
llmnum_catalog_count(llmnum_catalog_list list)
{
	size_t		n;

	(void) list_names(list, &n);
	return n;
}

char *
llmnum_catalog_closest(llmnum_catalog_list list, const char *name)
{
	size_t		n;
	const char *const *names = list_names(list, &n);

	return llmnum_closest_names_hint(name, names, n);
}

PG_FUNCTION_INFO_V1(llmnum_catalog_cache_invalidate);

/*
 * Statement-level trigger on the catalog tables: queue a relcache
 * invalidation so that every backend reloads its catalog cache.  (The SQL
 * name is historical: the cache first held only the prices.)
 */
Datum
llmnum_catalog_cache_invalidate(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("llmnum.catalog_cache_invalidate() must be called as a trigger")));
	CacheInvalidateRelcache(trigdata->tg_relation);
	return PointerGetDatum(NULL);
}

/* The view a list's names come from, for messages. */
static const char *
list_view(llmnum_catalog_list list)
{
	switch (list)
	{
		case LLMNUM_CATALOG_MODELS:
			return "llmnum.models";
		case LLMNUM_CATALOG_PRICED:
			return "llmnum.prices";
		case LLMNUM_CATALOG_GPUS:
			return "llmnum.gpus";
		case LLMNUM_CATALOG_QUANTS:
			return "llmnum.quantizations";
	}
	return "?";
}

void
llmnum_catalog_report_unknown(llmnum_catalog_list list, const char *what,
							  const char *name, int len)
{
	const char *view = list_view(list);
	char	   *query = pnstrdup(name, len);

	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("unknown %s \"%s\"", what, llmnum_shown_name(name, len)),
			 llmnum_catalog_count(list) > 0
			 ? errhint("The closest known names are %s; see %s.",
					   llmnum_catalog_closest(list, query), view)
			 : errhint("%s is empty.", view)));
	pg_unreachable();
}

const llmnum_catalog_gpu *
llmnum_catalog_require_gpu(const char *name, int len)
{
	const llmnum_catalog_gpu *g = llmnum_catalog_find_gpu(name, len);
	const char **names;
	size_t		n;
	StringInfoData list;
	size_t		i;

	if (g != NULL)
		return g;
	names = llmnum_catalog_gpus_prefixed(name, len, &n);
	if (n < 2 || len == 0)
		llmnum_catalog_report_unknown(LLMNUM_CATALOG_GPUS, "GPU", name, len);
	initStringInfo(&list);
	for (i = 0; i < n; i++)
		appendStringInfo(&list, "%s\"%s\"", i == 0 ? "" : ", ", names[i]);
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("GPU name \"%s\" is ambiguous", llmnum_shown_name(name, len)),
			 errhint("Choose one of %s.", list.data)));
	return NULL;				/* keep the compiler quiet */
}
