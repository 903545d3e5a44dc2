#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>

#include <vector>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

// Sends upstream requests through a growing set of QNetworkAccessManagers.
// Qt 6.4's QNAM opens at most six HTTP/1.1 connections per host and queues the
// rest, which would make the seventh concurrent stream wait for the first to end;
// the pool hands each request to the least busy manager, adds one whenever
// all are at that limit, and closes the extra ones again once they sit idle.
class UpstreamPool : public QObject
{
    Q_OBJECT
public:
    static constexpr int ConnectionsPerManager = 6;

    explicit UpstreamPool(int maxManagers = 64, QObject *parent = nullptr);

    QNetworkReply *send(const QNetworkRequest &request, const QByteArray &verb,
                        const QByteArray &body);
    int managerCount() const { return int(m_slots.size()); }
    int inFlight() const;
    // Managers left idle this long are closed (each holds a thread and its
    // connections); one is always kept.
    void setIdleTimeout(int ms) { m_reaper.setInterval(ms); }

private:
    struct Slot
    {
        QNetworkAccessManager *manager = nullptr;
        int inFlight = 0;
    };
    Slot &leastBusy();
    void closeIdleManagers();

    std::vector<Slot> m_slots;
    int m_maxManagers;
    QTimer m_reaper;
};
