#include "mockhttprequest.h"

QByteArray mockHeaderValue(const MockHeaderList &headers, QByteArrayView name, bool *found)
{
    for (const auto &header : headers) {
        if (header.first.size() == name.size()
            && qstrnicmp(header.first.constData(), name.data(), name.size()) == 0) {
            if (found)
                *found = true;
            return header.second;
        }
    }
    if (found)
        *found = false;
    return {};
}

QByteArray MockHttpRequest::header(QByteArrayView name) const
{
    return mockHeaderValue(headers, name);
}

bool MockHttpRequest::hasHeader(QByteArrayView name) const
{
    bool found = false;
    mockHeaderValue(headers, name, &found);
    return found;
}

QByteArray MockHttpRequest::pathWithoutQuery() const
{
    const qsizetype query = path.indexOf('?');
    return query < 0 ? path : path.left(query);
}
