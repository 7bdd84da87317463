import { Button, Drawer } from "@medusajs/ui"
import type { ReactNode } from "react"
import { t } from "../../lib/i18n"

type DetailDrawerProps = {
  title: string
  description: ReactNode
  onClose: () => void
  children: ReactNode
}

/**
 * A drawer that shows a record and holds several small forms of its own
 * (settings, a buyer, a message). Unlike `FormDrawer` it is not one form, so
 * each part can be a form without nesting.
 */
export function DetailDrawer({
  title,
  description,
  onClose,
  children,
}: DetailDrawerProps) {
  return (
    <Drawer open onOpenChange={(open) => !open && onClose()}>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>{title}</Drawer.Title>
          <Drawer.Description className="text-ui-fg-subtle txt-small">
            {description}
          </Drawer.Description>
        </Drawer.Header>
        <Drawer.Body className="flex min-h-0 flex-1 flex-col gap-y-6 overflow-y-auto">
          {children}
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button type="button" variant="secondary" size="small">
              {t.common.close}
            </Button>
          </Drawer.Close>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
