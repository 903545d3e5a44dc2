#pragma once

#include <QString>

#include <optional>

// Where the ledger lives, parsed from the string a user or config gives: a SQLite file path today,
// a postgresql:// URL later. Parsing is separate from opening so that the CLI can validate a
// location and show it (without any password) before touching the database.
class DatabaseLocation
{
public:
    enum class Kind {
        Sqlite,
        PostgreSql,
    };

    // Accepts a file path ("~" is not expanded), "sqlite:<path>", or
    // "postgresql://…"/"postgres://…".
    static std::optional<DatabaseLocation> parse(const QString &location, QString *error);

    Kind kind() const { return m_kind; }
    // Absolute, cleaned path of the SQLite file; empty for other kinds.
    QString sqlitePath() const { return m_kind == Kind::Sqlite ? m_value : QString(); }
    // The location as given back to the user, with any password removed.
    QString displayString() const;
    // A stable identity for connection names: the same database gives the same key.
    QString key() const { return m_value; }

private:
    DatabaseLocation(Kind kind, const QString &value);

    Kind m_kind = Kind::Sqlite;
    QString m_value;
};
