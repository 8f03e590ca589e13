/*-------------------------------------------------------------------------
 *
 * citus.c
 *	  On a Citus worker, refuse to price with user rows that are not the
 *	  coordinator's.
 *
 * The user_* tables are local to each node.  On the coordinator,
 * llmnum.citus_sync() (run by a statement trigger after every change of a
 * user table, once set up) copies the coordinator's user rows to every
 * worker and records their stamp (llmnum.user_catalog_stamp(): a hash of
 * the rows, independent of session settings) and the extension version in
 * the Citus reference table llmnum_citus.catalog_stamp, in the
 * coordinator's transaction.
 *
 * Before a function that reads the catalog runs on a worker, once per
 * statement, llmnum_citus_check() compares the worker's own stamp and
 * extension version with that reference table's local copy (its shard,
 * read directly: a query on a shard may not start a distributed query).
 * Any difference is an error, never a price from different rows.  Nodes
 * without Citus, and the coordinator (group 0), are not checked.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/xact.h"
#include "commands/extension.h"
#include "executor/spi.h"
#include "miscadmin.h"
#include "storage/proc.h"
#include "utils/builtins.h"
#include "utils/guc.h"
#include "utils/snapshot.h"

#include "llmnum_citus.h"

static LocalTransactionId checked_lxid = InvalidLocalTransactionId;
static TimestampTz checked_stmt = 0;

/* One text value of a one-row query, NULL when no row or a NULL value. */
static char *
spi_value(const char *sql, Snapshot snap)
{
	int			rc;

	if (snap == NULL)
		rc = SPI_execute(sql, true, 1);
	else
	{
		SPIPlanPtr	plan = SPI_prepare(sql, 0, NULL);

		if (plan == NULL)
			elog(ERROR, "SPI_prepare failed for \"%s\"", sql);
		rc = SPI_execute_snapshot(plan, NULL, NULL, snap, InvalidSnapshot, true, false, 1);
	}
	if (rc != SPI_OK_SELECT)
		elog(ERROR, "SPI query failed: %s", sql);
	if (SPI_processed == 0)
		return NULL;
	return SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1);
}

/* The check itself; snap NULL: the active snapshot. */
static void
check_now(Snapshot snap)
{
	char	   *group;
	char	   *shard;
	char	   *shard_rel;
	char	   *sql;
	char	   *their_version;
	char	   *their_rows;
	char	   *our_version;
	char	   *our_rows;

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");

	/* group 0 is the coordinator, the source of the user rows */
	group = spi_value("SELECT groupid::pg_catalog.text FROM pg_catalog.pg_dist_local_group", snap);
	if (group == NULL || strcmp(group, "0") == 0)
	{
		SPI_finish();
		return;
	}

	shard = spi_value("SELECT s.shardid::pg_catalog.text FROM pg_catalog.pg_dist_shard s"
					  " WHERE s.logicalrelid OPERATOR(pg_catalog.=)"
					  " pg_catalog.to_regclass('llmnum_citus.catalog_stamp')", snap);
	if (shard == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("llmnum on Citus worker group %s cannot tell whether its user rows are the coordinator's", group),
				 errdetail("The reference table llmnum_citus.catalog_stamp does not exist."),
				 errhint("Run SELECT llmnum.citus_sync(); on the coordinator once after CREATE EXTENSION llmnum.")));

	shard_rel = psprintf("llmnum_citus.catalog_stamp_%s", shard);
	sql = psprintf("SELECT pg_catalog.to_regclass(%s)::pg_catalog.text",
				   quote_literal_cstr(shard_rel));
	if (spi_value(sql, snap) == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("llmnum on Citus worker group %s cannot tell whether its user rows are the coordinator's", group),
				 errdetail("This node has no copy of the reference table llmnum_citus.catalog_stamp."),
				 errhint("Run SELECT replicate_reference_tables(); and then SELECT llmnum.citus_sync(); on the coordinator.")));

	sql = psprintf("SELECT extversion FROM %s", shard_rel);
	their_version = spi_value(sql, snap);
	sql = psprintf("SELECT user_rows FROM %s", shard_rel);
	their_rows = spi_value(sql, snap);
	our_version = spi_value("SELECT extversion FROM pg_catalog.pg_extension"
							" WHERE extname OPERATOR(pg_catalog.=) 'llmnum'", snap);
	our_rows = spi_value("SELECT llmnum.user_catalog_stamp()", snap);

	if (their_version == NULL || their_rows == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("llmnum on Citus worker group %s cannot tell whether its user rows are the coordinator's", group),
				 errdetail("The reference table llmnum_citus.catalog_stamp is empty."),
				 errhint("Run SELECT llmnum.citus_sync(); on the coordinator.")));
	if (our_version == NULL || strcmp(their_version, our_version) != 0)
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("llmnum %s on Citus worker group %s, but the user rows were synchronised by llmnum %s",
						our_version ? our_version : "(none)", group, their_version),
				 errdetail("Built-in rows differ between llmnum versions, so this node could price differently from the coordinator."),
				 errhint("Install the same llmnum version on every node, run ALTER EXTENSION llmnum UPDATE on the coordinator, then SELECT llmnum.citus_sync(); there.")));
	if (our_rows == NULL || strcmp(their_rows, our_rows) != 0)
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("llmnum user rows on Citus worker group %s differ from the coordinator's", group),
				 errdetail("Stamp of this node's user rows %s, of the coordinator's %s.",
						   our_rows ? our_rows : "(none)", their_rows),
				 errhint("Run SELECT llmnum.citus_sync(); on the coordinator (a change of user rows there does it, unless it was rolled back, made with triggers disabled, or a node was added since).")));
	SPI_finish();
}

/*
 * Called before every read of the catalog by a C function; checks once per
 * statement (cheap when already checked, or when Citus is not installed).
 */
void
llmnum_citus_check(void)
{
	TimestampTz stmt = GetCurrentStatementStartTimestamp();

	if (checked_lxid == MyProc->lxid && checked_stmt == stmt)
		return;
	/* Citus is loaded by shared_preload_libraries, or not at all */
	if (GetConfigOption("citus.node_conninfo", true, false) == NULL ||
		!OidIsValid(get_extension_oid("citus", true)))
	{
		checked_lxid = MyProc->lxid;
		checked_stmt = stmt;
		return;
	}
	check_now(NULL);
	checked_lxid = MyProc->lxid;
	checked_stmt = stmt;
}

/*
 * The same check under a given snapshot, not memoized: the price cache runs
 * it with the snapshot it loads the rows with, so that the rows it keeps are
 * the ones the check compared (a change applied on this worker between the
 * statement's check and the load is then caught too).
 */
void
llmnum_citus_verify(Snapshot snap)
{
	if (GetConfigOption("citus.node_conninfo", true, false) == NULL ||
		!OidIsValid(get_extension_oid("citus", true)))
		return;
	check_now(snap);
}
