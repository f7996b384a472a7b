import { defineRouteConfig } from '@medusajs/admin-sdk';
import { CurrencyDollar } from '@medusajs/icons';
import { Badge, Button, Container, Heading, Input, Label, Table, Text, toast } from '@medusajs/ui';
import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { adminFetch, formatTime, formatVnd } from '../../lib/api';

interface Transfer {
  order_id: string;
  reference: string | null;
  seller: { id: string; name: string } | null;
  status: string;
  total: number;
  created_at: string;
  transfer_confirmed_at: string | null;
  transfer_amount: number | null;
  bank_transaction_id: string | null;
}

/**
 * VietQR transfers land in the operator's account: the operator matches each statement line
 * (reference in the note, amount credited) to its order here. Producers only see the status.
 */
const TransfersPage = () => {
  const [awaiting, setAwaiting] = useState(true);
  const [transfers, setTransfers] = useState<Transfer[] | null>(null);
  const [form, setForm] = useState({ reference: '', amount: '', bank_transaction_id: '' });
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    try {
      const q = awaiting ? 'awaiting' : 'all';
      setTransfers(
        (await adminFetch<{ transfers: Transfer[] }>(`/admin/ocop/transfers?status=${q}`)).transfers,
      );
    } catch (e) {
      toast.error((e as Error).message);
    }
  }, [awaiting]);
  useEffect(() => {
    void load();
  }, [load]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const amount = Number(form.amount.replace(/[.\s,₫]/g, ''));
    if (!form.reference.trim() || !Number.isSafeInteger(amount) || amount <= 0) {
      toast.error('Ghi mã đơn và số tiền (đồng) · Enter the reference and the amount in đồng.');
      return;
    }
    setBusy(true);
    try {
      const answer = await adminFetch<{ already_confirmed: boolean; transfer: Transfer }>(
        '/admin/ocop/transfers',
        {
          method: 'POST',
          body: {
            reference: form.reference.trim(),
            amount,
            bank_transaction_id: form.bank_transaction_id.trim() || null,
          },
        },
      );
      toast.success(
        answer.already_confirmed
          ? `${answer.transfer.reference}: đã xác nhận trước đó · already confirmed`
          : `${answer.transfer.reference}: đã nhận ${formatVnd(amount)} · received`,
      );
      setForm({ reference: '', amount: '', bank_transaction_id: '' });
      await load();
    } catch (e) {
      toast.error((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Chuyển khoản VietQR · Transfers</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Đối chiếu sao kê tài khoản của sàn: mã đơn trong nội dung chuyển khoản và số tiền đã nhận. Match the
          operator's bank statement: the order reference in the note and the amount credited.
        </Text>
      </div>
      <form onSubmit={(e) => void submit(e)} className="flex flex-wrap items-end gap-3 px-6 py-4">
        <div>
          <Label htmlFor="reference">Mã đơn · Reference</Label>
          <Input
            id="reference"
            placeholder="OCOP7K2M9Q-1"
            value={form.reference}
            onChange={(e) => setForm({ ...form, reference: e.target.value })}
          />
        </div>
        <div>
          <Label htmlFor="amount">Số tiền nhận (₫) · Amount</Label>
          <Input
            id="amount"
            inputMode="numeric"
            placeholder="155000"
            value={form.amount}
            onChange={(e) => setForm({ ...form, amount: e.target.value })}
          />
        </div>
        <div>
          <Label htmlFor="bank-transaction">Mã giao dịch · Bank transaction</Label>
          <Input
            id="bank-transaction"
            placeholder="FT2633700001"
            value={form.bank_transaction_id}
            onChange={(e) => setForm({ ...form, bank_transaction_id: e.target.value })}
          />
        </div>
        <Button type="submit" isLoading={busy}>
          Xác nhận đã nhận · Confirm
        </Button>
      </form>
      <div className="flex items-center justify-between px-6 py-3">
        <Text weight="plus">{awaiting ? 'Đang chờ tiền · Awaiting' : 'Tất cả · All'}</Text>
        <Button size="small" variant="secondary" onClick={() => setAwaiting(!awaiting)}>
          {awaiting ? 'Xem tất cả · Show all' : 'Chỉ đơn chờ · Awaiting only'}
        </Button>
      </div>
      {transfers && transfers.length === 0 ? (
        <Text className="px-6 py-8 text-ui-fg-subtle">
          Không có đơn nào đang chờ chuyển khoản. No orders are awaiting a transfer.
        </Text>
      ) : null}
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Mã đơn · Reference</Table.HeaderCell>
            <Table.HeaderCell>Cửa hàng · Shop</Table.HeaderCell>
            <Table.HeaderCell>Số tiền · Amount</Table.HeaderCell>
            <Table.HeaderCell>Đặt lúc · Placed</Table.HeaderCell>
            <Table.HeaderCell>Tiền về · Received</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {(transfers ?? []).map((t) => (
            <Table.Row key={t.order_id} onClick={() => setForm({ ...form, reference: t.reference ?? '' })}>
              <Table.Cell className="font-mono">{t.reference}</Table.Cell>
              <Table.Cell>{t.seller?.name ?? '—'}</Table.Cell>
              <Table.Cell>{formatVnd(t.total)}</Table.Cell>
              <Table.Cell>{formatTime(t.created_at)}</Table.Cell>
              <Table.Cell>
                {t.transfer_confirmed_at ? (
                  <Badge color="green">{formatTime(t.transfer_confirmed_at)}</Badge>
                ) : t.status === 'canceled' ? (
                  <Badge color="grey">Đã hủy · Canceled</Badge>
                ) : (
                  <Badge color="orange">Chờ · Awaiting</Badge>
                )}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </Container>
  );
};

export const config = defineRouteConfig({ label: 'Chuyển khoản VietQR', icon: CurrencyDollar });

export default TransfersPage;
