import { defineRouteConfig } from '@medusajs/admin-sdk';
import { BuildingStorefront } from '@medusajs/icons';
import { Badge, Button, Container, Heading, Input, Select, Table, Text, toast } from '@medusajs/ui';
import { useCallback, useEffect, useState } from 'react';
import { adminFetch, formatTime } from '../../lib/api';

interface Shop {
  id: string;
  handle: string;
  name: string;
  status: 'pending' | 'approved' | 'rejected' | 'suspended' | 'closed';
  status_reason: string | null;
  contact_email: string;
  created_at: string;
  producer: { id: string; legal_name: string | null; province: string | null; commune: string | null } | null;
}

const STATUS_LABEL: Record<Shop['status'], string> = {
  pending: 'Chờ duyệt',
  approved: 'Đang bán',
  rejected: 'Bị từ chối',
  suspended: 'Tạm ngưng',
  closed: 'Đã đóng',
};
const STATUS_COLOR = {
  pending: 'orange',
  approved: 'green',
  rejected: 'red',
  suspended: 'red',
  closed: 'grey',
} as const;

/** What the operator may do next, as the registry's binding transitions allow (docs/decisions/012). */
const ACTIONS: Record<Shop['status'], { action: string; label: string; needsReason: boolean }[]> = {
  pending: [
    { action: 'approve', label: 'Duyệt', needsReason: false },
    { action: 'reject', label: 'Từ chối', needsReason: true },
  ],
  approved: [{ action: 'suspend', label: 'Tạm ngưng', needsReason: true }],
  suspended: [{ action: 'reinstate', label: 'Cho bán lại', needsReason: false }],
  rejected: [],
  closed: [],
};

/**
 * Shops and the producers they claim. Approving makes the registry's producer binding active
 * (the shop may then act for the producer); rejecting and suspending need a reason the shop sees.
 */
const ShopsPage = () => {
  const [status, setStatus] = useState<string>('pending');
  const [shops, setShops] = useState<Shop[] | null>(null);
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState<string | null>(null);

  const load = useCallback(async () => {
    const query = status === 'all' ? '' : `?status=${status}`;
    try {
      setShops((await adminFetch<{ sellers: Shop[] }>(`/admin/sellers${query}`)).sellers);
    } catch (e) {
      toast.error((e as Error).message);
    }
  }, [status]);
  useEffect(() => {
    void load();
  }, [load]);

  const decide = async (shop: Shop, action: string, needsReason: boolean) => {
    const reason = reasons[shop.id]?.trim();
    if (needsReason && !reason) {
      toast.error('Ghi lý do (cửa hàng sẽ thấy) — Say why; the shop sees it.');
      return;
    }
    setBusy(shop.id);
    try {
      await adminFetch(`/admin/sellers/${shop.id}/binding`, { method: 'POST', body: { action, reason } });
      toast.success(`${shop.name}: ${action}`);
      await load();
    } catch (e) {
      toast.error((e as Error).message);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h1">Cửa hàng OCOP · Shops</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Một cửa hàng chỉ hành động thay chủ thể sau khi được duyệt. A shop acts for its producer only once
            approved.
          </Text>
        </div>
        <Select value={status} onValueChange={setStatus}>
          <Select.Trigger className="w-44">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value="pending">Chờ duyệt · Pending</Select.Item>
            <Select.Item value="approved">Đang bán · Approved</Select.Item>
            <Select.Item value="suspended">Tạm ngưng · Suspended</Select.Item>
            <Select.Item value="rejected">Bị từ chối · Rejected</Select.Item>
            <Select.Item value="all">Tất cả · All</Select.Item>
          </Select.Content>
        </Select>
      </div>
      {shops && shops.length === 0 ? (
        <Text className="px-6 py-8 text-ui-fg-subtle">Không có cửa hàng nào. No shops here.</Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Cửa hàng · Shop</Table.HeaderCell>
              <Table.HeaderCell>Chủ thể OCOP · Producer</Table.HeaderCell>
              <Table.HeaderCell>Trạng thái · Status</Table.HeaderCell>
              <Table.HeaderCell>Đăng ký · Registered</Table.HeaderCell>
              <Table.HeaderCell>Quyết định · Decision</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {(shops ?? []).map((shop) => (
              <Table.Row key={shop.id}>
                <Table.Cell>
                  <div className="font-medium">{shop.name}</div>
                  <div className="text-ui-fg-subtle">{shop.contact_email}</div>
                </Table.Cell>
                <Table.Cell>
                  <div>{shop.producer?.legal_name ?? shop.producer?.id ?? '—'}</div>
                  <div className="text-ui-fg-subtle">
                    {[shop.producer?.commune, shop.producer?.province].filter(Boolean).join(', ')}
                  </div>
                </Table.Cell>
                <Table.Cell>
                  <Badge color={STATUS_COLOR[shop.status]}>{STATUS_LABEL[shop.status]}</Badge>
                  {shop.status_reason ? <div className="text-ui-fg-subtle">{shop.status_reason}</div> : null}
                </Table.Cell>
                <Table.Cell>{formatTime(shop.created_at)}</Table.Cell>
                <Table.Cell>
                  <div className="flex items-center gap-2">
                    {ACTIONS[shop.status].some((a) => a.needsReason) ? (
                      <Input
                        size="small"
                        placeholder="Lý do · Reason"
                        value={reasons[shop.id] ?? ''}
                        onChange={(e) => setReasons({ ...reasons, [shop.id]: e.target.value })}
                      />
                    ) : null}
                    {ACTIONS[shop.status].map((a) => (
                      <Button
                        key={a.action}
                        size="small"
                        variant={a.action === 'approve' || a.action === 'reinstate' ? 'primary' : 'danger'}
                        isLoading={busy === shop.id}
                        onClick={() => void decide(shop, a.action, a.needsReason)}
                      >
                        {a.label}
                      </Button>
                    ))}
                  </div>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  );
};

export const config = defineRouteConfig({ label: 'Cửa hàng OCOP', icon: BuildingStorefront });

export default ShopsPage;
