// The automated half of the example database: a month of nightly `drilldeck run`s of the
// backup-verification runbook in production, each step's command run with its evidence, the
// chain getting slower as the database grows; one night fails at decrypting the backup (the
// rotated key) and the service is not restored.
#pragma once

#include "runbook.h"
#include "storeerror.h"

#include <QList>
#include <QRandomGenerator>

class DrillStore;

class DemoNightlyRuns
{
public:
    static constexpr int nights = 30;
    static constexpr int failingNight = 19; // from 0: the 20th night
    static constexpr auto runbookId = "mysql-backup-verification";
    static constexpr auto environment = "production";
    static constexpr auto failingStep = "decrypt-extract";

    DemoNightlyRuns(DrillStore &store, qint64 revisionId, const Runbook &runbook);

    // The first night's start, UTC ms (2025-04-05T02:00:00Z).
    static qint64 firstNightMs();
    // Writes the nights not yet written that start before ms, in order (drills share their
    // runbook's iterations with the hand-run drills, so the two are written by date).
    StoreError writeUntil(qint64 ms);

private:
    StoreError writeNight(int night, qint64 startMs);

    DrillStore &m_store;
    qint64 m_revisionId = 0;
    Runbook m_runbook;
    int m_next = 0;
    QRandomGenerator m_random;
};
