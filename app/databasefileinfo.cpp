#include "databasefileinfo.h"

#include <QFileInfo>
#include <QLocale>

DatabaseFileInfo::DatabaseFileInfo(QObject *parent) : QObject(parent) { }

void DatabaseFileInfo::setFilePath(const QString &path)
{
    if (path == m_filePath)
        return;
    m_filePath = path;
    refresh();
    Q_EMIT changed();
}

QString DatabaseFileInfo::sizeText() const
{
    if (m_sizeBytes < 0)
        return tr("No calls recorded yet");
    return QLocale().formattedDataSize(m_sizeBytes);
}

QUrl DatabaseFileInfo::folderUrl() const
{
    if (m_filePath.isEmpty())
        return {};
    return QUrl::fromLocalFile(QFileInfo(m_filePath).absolutePath());
}

void DatabaseFileInfo::refresh()
{
    qint64 size = -1;
    const QFileInfo database(m_filePath);
    if (!m_filePath.isEmpty() && database.exists()) {
        size = database.size();
        const QFileInfo wal(m_filePath + QLatin1String("-wal"));
        if (wal.exists())
            size += wal.size();
    }
    if (size == m_sizeBytes)
        return;
    m_sizeBytes = size;
    Q_EMIT changed();
}
