"""SQLite's full-text index filled once per batch of new articles, not once per row

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-27 19:30:00

FTS5 writes its pending terms out at every statement that opens a savepoint on it, and a
trigger's statement is one: filled row by row from the insert trigger, the index costs about
three times what one INSERT ... SELECT of the same rows costs. The store now adds a batch's new
articles to the index itself, in one statement, while a row in `articles_fts_deferred` (written
and deleted inside the batch's own transaction, so no other connection ever sees it) holds the
insert trigger back. Every other writer, plain SQL included, still has its rows indexed by the
trigger, and updates and deletes are unchanged. PostgreSQL is untouched.
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_INDEX_THE_NEW_ROW = (
    "INSERT INTO articles_fts(rowid, title, body) VALUES (new.rowid, new.title, new.body); END"
)
_ROW_BY_ROW = (
    f"CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN {_INDEX_THE_NEW_ROW}"
)
_UNLESS_HELD_BACK = (
    "CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles "
    f"WHEN NOT EXISTS (SELECT 1 FROM articles_fts_deferred) BEGIN {_INDEX_THE_NEW_ROW}"
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("CREATE TABLE articles_fts_deferred (writer INTEGER NOT NULL)")
    op.execute("DROP TRIGGER articles_fts_insert")
    op.execute(_UNLESS_HELD_BACK)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("DROP TRIGGER articles_fts_insert")
    op.execute(_ROW_BY_ROW)
    op.execute("DROP TABLE articles_fts_deferred")
