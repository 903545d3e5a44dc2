#pragma once

#include <QAbstractListModel>
#include <QQmlEngine>

// Ready-to-paste set-up snippets for the tools people point at LLM Ledger
// (OpenAI and Anthropic SDKs, Claude Code, Codex, Cursor, aider, Continue, curl),
// filled in with the proxy's actual base URL.
class SnippetModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    // The proxy's root URL, e.g. http://127.0.0.1:8788 (empty while it is not listening).
    Q_PROPERTY(QString baseUrl READ baseUrl WRITE setBaseUrl NOTIFY baseUrlChanged)

public:
    enum Role { TitleRole = Qt::UserRole, LanguageRole, CodeRole, NoteRole };
    Q_ENUM(Role)

    explicit SnippetModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString baseUrl() const { return m_baseUrl; }
    void setBaseUrl(const QString &url);

Q_SIGNALS:
    void baseUrlChanged();

private:
    struct Snippet
    {
        QString title;
        QString language;
        QString code; // %1 = OpenAI-style base URL (/v1), %2 = root URL
        QString note;
    };
    static QList<Snippet> templates();

    QList<Snippet> m_snippets;
    QString m_baseUrl;
};
