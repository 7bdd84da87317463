import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { findStockWatchReportsStep } from "../steps/find-stock-watch-reports"
import { stockWatchNotification } from "../steps/stock-watch-message"

/** A variant is low on stock at a facility when this many units or fewer are available there. */
export const LOW_STOCK_THRESHOLD = 5
/** Sellable batches expiring or passing their best-before date within this many days are reported. */
export const EXPIRY_WATCH_DAYS = 14

export type NotifyStockWatchInput = {
  now: Date | string
  /** Defaults to LOW_STOCK_THRESHOLD. */
  low_stock_threshold?: number
}

/**
 * The daily stock watch: one admin feed notification per facility naming the
 * variants running low at its stock location and the sellable batches of its
 * workshops that expire soon. `now` is an input so the watch can be run for
 * any date; a rerun on the same Jakarta day posts nothing twice.
 */
export const notifyStockWatchWorkflow = createWorkflow(
  "notify-stock-watch",
  (input: NotifyStockWatchInput) => {
    const settings = transform({ input }, ({ input }) => ({
      now: input.now,
      low_stock_threshold: input.low_stock_threshold ?? LOW_STOCK_THRESHOLD,
      expiry_days: EXPIRY_WATCH_DAYS,
    }))
    const reports = findStockWatchReportsStep(settings)
    const notifications = transform({ settings, reports }, ({ settings, reports }) =>
      reports.map((report) => stockWatchNotification(report, settings)),
    )
    const sent = sendNotificationsStep(notifications)
    return new WorkflowResponse({ reports, notifications: sent })
  },
)
