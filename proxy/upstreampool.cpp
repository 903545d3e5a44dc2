#include "upstreampool.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>

UpstreamPool::UpstreamPool(int maxManagers, QObject *parent)
    : QObject(parent), m_maxManagers(qMax(1, maxManagers))
{
    m_slots.reserve(size_t(m_maxManagers));
    m_reaper.setSingleShot(true);
    m_reaper.setInterval(30 * 1000);
    connect(&m_reaper, &QTimer::timeout, this, &UpstreamPool::closeIdleManagers);
}

void UpstreamPool::closeIdleManagers()
{
    // The first manager stays: it holds the warm keep-alive connections.
    const auto idle = std::remove_if(m_slots.begin() + 1, m_slots.end(), [](const Slot &slot) {
        if (slot.inFlight > 0)
            return false;
        slot.manager->deleteLater();
        return true;
    });
    m_slots.erase(idle, m_slots.end());
}

UpstreamPool::Slot &UpstreamPool::leastBusy()
{
    auto best = std::min_element(m_slots.begin(), m_slots.end(), [](const Slot &a, const Slot &b) {
        return a.inFlight < b.inFlight;
    });
    if (best != m_slots.end()
        && (best->inFlight < ConnectionsPerManager || int(m_slots.size()) >= m_maxManagers))
        return *best;

    auto *manager = new QNetworkAccessManager(this);
    // A proxy forwards redirects to its client; it never follows them.
    manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_slots.push_back({manager, 0});
    return m_slots.back();
}

QNetworkReply *UpstreamPool::send(const QNetworkRequest &request, const QByteArray &verb,
                                  const QByteArray &body)
{
    Slot &slot = leastBusy();
    ++slot.inFlight;
    QNetworkAccessManager *manager = slot.manager;
    QNetworkReply *reply = manager->sendCustomRequest(request, verb, body);
    connect(reply, &QNetworkReply::finished, this, [this, manager] {
        for (Slot &s : m_slots) {
            if (s.manager == manager) {
                --s.inFlight;
                break;
            }
        }
        if (m_slots.size() > 1)
            m_reaper.start(); // restarted by every finish: fires after a quiet period
    });
    return reply;
}

int UpstreamPool::inFlight() const
{
    int total = 0;
    for (const Slot &s : m_slots)
        total += s.inFlight;
    return total;
}
