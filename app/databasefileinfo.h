#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QUrl>

// Where the ledger is and how big it is, for the Settings page: the database path, its size
// on disk (with SQLite's write-ahead log) in the locale's units, and its folder as a URL to
// open in the file manager. refresh() measures again (after a deletion, for instance).
class DatabaseFileInfo : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString filePath READ filePath WRITE setFilePath NOTIFY changed)
    Q_PROPERTY(qint64 sizeBytes READ sizeBytes NOTIFY changed)
    Q_PROPERTY(QString sizeText READ sizeText NOTIFY changed)
    Q_PROPERTY(QUrl folderUrl READ folderUrl NOTIFY changed)

public:
    explicit DatabaseFileInfo(QObject *parent = nullptr);

    QString filePath() const { return m_filePath; }
    void setFilePath(const QString &path);
    qint64 sizeBytes() const { return m_sizeBytes; }
    QString sizeText() const;
    QUrl folderUrl() const;

    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void changed();

private:
    QString m_filePath;
    qint64 m_sizeBytes = -1; // -1: no database yet
};
