#pragma once

#include "callrecord.h"
#include "incomingrequest.h"
#include "proxyservice.h"
#include "responsewriter.h"
#include "wireformat.h"

#include <QList>
#include <QObject>
#include <QPointer>

class ProxyService;
class Http1Reply;
struct ProviderConfig;

// Answers GET /v1/models with the models of every configured provider of the
// client's API. With one provider its answer passes through untouched; with
// several, the "data" arrays of those that answered are merged into one list.
class ModelsListing : public QObject
{
    Q_OBJECT
public:
    ModelsListing(ProxyService *service, CallSettingsPtr settings, IncomingRequest request,
                  CallRecord record, WireFormat format, QTcpSocket *client);

private:
    struct Answer
    {
        int status = 0;
        QByteArray reason;
        HeaderList headers;
        QByteArray body;
        QString error;
    };

    void onReplyFinished(Http1Reply *reply, int index);
    void respond();
    void respondMerged();

    ProxyService *m_service;
    CallSettingsPtr m_settings;
    IncomingRequest m_request;
    CallRecord m_record;
    WireFormat m_format;
    ResponseWriter m_writer;
    QList<QPointer<Http1Reply>> m_replies;
    QList<Answer> m_answers;
    int m_pending = 0;
};
