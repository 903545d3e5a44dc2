#include "http1reply.h"

#include "http1connection.h"

Http1Reply::Http1Reply(const QByteArray &method, const QUrl &url, int idleTimeoutMs,
                       QObject *parent)
    : QObject(parent), m_method(method), m_url(url), m_idleTimeoutMs(idleTimeoutMs),
      m_headRequest(method == "HEAD")
{ }

Http1Reply::~Http1Reply()
{
    if (Http1Connection *connection = std::exchange(m_connection, nullptr))
        connection->dropReply();
}

QByteArray Http1Reply::header(QByteArrayView name) const
{
    for (const auto &field : m_headers) {
        if (field.first.size() == name.size()
            && QByteArrayView(field.first).compare(name, Qt::CaseInsensitive) == 0)
            return field.second;
    }
    return {};
}

void Http1Reply::abort()
{
    if (m_finished)
        return;
    if (Http1Connection *connection = std::exchange(m_connection, nullptr))
        connection->dropReply();
    finish(Aborted, tr("Request aborted"));
}

void Http1Reply::setHead(Http1ResponseParser::Head &&head)
{
    m_status = head.status;
    m_reason = std::move(head.reason);
    m_headers = std::move(head.headers);
}

void Http1Reply::finish(Error error, const QString &errorString)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_errorString = errorString;
    m_request = QByteArray();
    if (m_inSend)
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT finished(); }, Qt::QueuedConnection);
    else
        Q_EMIT finished();
}
