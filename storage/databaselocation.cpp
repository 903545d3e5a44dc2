#include "databaselocation.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>

DatabaseLocation::DatabaseLocation(Kind kind, const QString &value) : m_kind(kind), m_value(value)
{ }

std::optional<DatabaseLocation> DatabaseLocation::parse(const QString &location, QString *error)
{
    const QString trimmed = location.trimmed();
    auto fail = [error](const QString &message) -> std::optional<DatabaseLocation> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (trimmed.isEmpty())
        return fail(QStringLiteral("No database location given"));

    if (trimmed.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || trimmed.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive)) {
        const QUrl url(trimmed, QUrl::StrictMode);
        if (!url.isValid())
            return fail(QStringLiteral("Invalid PostgreSQL URL: %1").arg(url.errorString()));
        return DatabaseLocation(Kind::PostgreSql, trimmed);
    }

    QString path = trimmed;
    if (path.startsWith(QLatin1String("sqlite:"), Qt::CaseInsensitive))
        path = path.mid(7);
    // ":memory:" would give every per-thread connection its own empty database.
    if (path.isEmpty() || path == QLatin1String(":memory:"))
        return fail(QStringLiteral("A SQLite database needs a file path, not \"%1\"").arg(trimmed));
    return DatabaseLocation(Kind::Sqlite, QDir::cleanPath(QFileInfo(path).absoluteFilePath()));
}

QString DatabaseLocation::displayString() const
{
    if (m_kind == Kind::Sqlite)
        return m_value;
    return QUrl(m_value).toDisplayString(QUrl::RemovePassword);
}
