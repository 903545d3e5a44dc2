#include "snippetmodel.h"

#include "proxyconfig.h"

SnippetModel::SnippetModel(QObject *parent)
    : QAbstractListModel(parent), m_snippets(templates()) { }

QList<SnippetModel::Snippet> SnippetModel::templates()
{
    return {
        {tr("OpenAI SDK (Python)"),
         QStringLiteral("python"),
         QStringLiteral("from openai import OpenAI\n\n"
                        "client = OpenAI(base_url=\"%1\")  # key from OPENAI_API_KEY\n"
                        "# or, for any tool built on it:  export OPENAI_BASE_URL=%1"),
         {}},
        {tr("OpenAI SDK (JavaScript)"),
         QStringLiteral("javascript"),
         QStringLiteral("import OpenAI from \"openai\";\n\n"
                        "const client = new OpenAI({ baseURL: \"%1\" });"),
         {}},
        {tr("Anthropic SDK (Python / JavaScript)"),
         QStringLiteral("python"),
         QStringLiteral("import anthropic\n\n"
                        "client = anthropic.Anthropic(base_url=\"%2\")\n"
                        "# JavaScript: new Anthropic({ baseURL: \"%2\" })"),
         {}},
        {tr("Claude Code"),
         QStringLiteral("shell"),
         QStringLiteral("export ANTHROPIC_BASE_URL=%2\nclaude"),
         {}},
        {tr("Codex CLI"),
         QStringLiteral("toml"),
         QStringLiteral("# ~/.codex/config.toml\n"
                        "model_provider = \"llmledger\"\n\n"
                        "[model_providers.llmledger]\n"
                        "name = \"LLM Ledger\"\n"
                        "base_url = \"%1\"\n"
                        "env_key = \"OPENAI_API_KEY\"\n"
                        "wire_api = \"responses\""),
         {}},
        {tr("aider"),
         QStringLiteral("shell"),
         QStringLiteral("aider --openai-api-base %1\n"
                        "# Anthropic models: export ANTHROPIC_BASE_URL=%2"),
         {}},
        {tr("Continue"),
         QStringLiteral("yaml"),
         QStringLiteral("# ~/.continue/config.yaml\n"
                        "models:\n"
                        "  - name: GPT-4o via LLM Ledger\n"
                        "    provider: openai\n"
                        "    model: gpt-4o\n"
                        "    apiBase: %1"),
         {}},
        {tr("Cursor"), QStringLiteral("text"),
         QStringLiteral("Settings → Models → OpenAI API Key → Override OpenAI Base URL:\n%1"),
         tr("Cursor sends many requests from its own servers, which cannot reach 127.0.0.1; "
            "only the calls Cursor makes from your machine pass through LLM Ledger.")},
        {tr("curl"),
         QStringLiteral("shell"),
         QStringLiteral("curl %1/chat/completions \\\n"
                        "  -H \"Authorization: Bearer $OPENAI_API_KEY\" \\\n"
                        "  -H \"Content-Type: application/json\" \\\n"
                        "  -d '{\"model\": \"gpt-4o-mini\", \"messages\": "
                        "[{\"role\": \"user\", \"content\": \"Hello\"}]}'"),
         {}},
    };
}

int SnippetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_snippets.size());
}

QVariant SnippetModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid));
    const Snippet &s = m_snippets.at(index.row());
    switch (role) {
    case TitleRole:
        return s.title;
    case LanguageRole:
        return s.language;
    case CodeRole: {
        const QString root = m_baseUrl.isEmpty()
            ? QStringLiteral("http://127.0.0.1:%1").arg(ProxyConfig::DefaultPort)
            : m_baseUrl;
        // Not QString::arg: a snippet may use only one of the two placeholders.
        return QString(s.code)
            .replace(QLatin1String("%1"), root + QLatin1String("/v1"))
            .replace(QLatin1String("%2"), root);
    }
    case NoteRole:
        return s.note;
    default:
        return {};
    }
}

QHash<int, QByteArray> SnippetModel::roleNames() const
{
    return {
        {TitleRole, "title"}, {LanguageRole, "language"}, {CodeRole, "code"}, {NoteRole, "note"}};
}

void SnippetModel::setBaseUrl(const QString &url)
{
    if (url == m_baseUrl)
        return;
    m_baseUrl = url;
    Q_EMIT baseUrlChanged();
    if (!m_snippets.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_snippets.size()) - 1), {CodeRole});
}
