/**
 * Stage 5 without files or code: the registration is checked field by field in plain Vietnamese
 * (each message names what to do, next to its field), then offered as a printable "Phiếu đăng ký
 * điểm nhân rộng", a mail to the site's mailbox with the record pasted, and, for maintainers, the
 * record itself. The record is the one the content check accepts (validateDeployment).
 */
import type { DeploymentInput } from '../../schema/deployment.ts';
import type { Model } from '../../schema/model.ts';
import type { Province } from '../../schema/province.ts';
import type { WorkflowState } from '../../schema/workflow.ts';
import { DECISIONS, FUNDING, REVIEW_TYPES, SCOPES, STATUSES, UNIT_TYPES } from '../../schema/vocab.ts';
import { formatDate } from '../format/format.ts';
import { parseDecimal, parsePositiveInt } from '../format/numbers.ts';
import type { Problem } from '../content/records.ts';
import { buildDeployment, deploymentYaml, validateDeployment } from './deployment-yaml.ts';
import { documentCode, inRunningText, placeDateLine, placeForDate, type OfficialDocument } from './official-document.ts';

/** The fields the registration form shows; each has an error slot and a summary link. */
export type RegistrationField = 'place' | 'commune' | 'point' | 'teams' | 'members' | 'province' | 'leadUnit' | 'reviews';

export interface RegistrationError {
  field: RegistrationField;
  /** Where the summary link goes: the field's input, or the stage that holds it. */
  target: string;
  message: string;
}

const TARGET: Record<RegistrationField, string> = {
  place: 'dk-place',
  commune: 'dk-xa-o-nhap',
  point: 'dk-xa-o-nhap',
  teams: 'dk-teams',
  members: 'dk-members',
  province: 'khao-sat',
  leadUnit: 'khao-sat',
  reviews: 'danh-gia',
};

/** Which form field a problem of the record's check belongs to. */
function fieldOf(path: string): RegistrationField | undefined {
  if (path === 'place') return 'place';
  if (path.startsWith('commune')) return 'commune';
  if (path.startsWith('coordinates')) return 'point';
  if (path === 'teams') return 'teams';
  if (path === 'members') return 'members';
  if (path === 'province') return 'province';
  if (path.startsWith('source')) return 'leadUnit';
  if (path.startsWith('reviews') || path === 'lastReviewed') return 'reviews';
  return undefined;
}

const PLAIN: Record<RegistrationField, string> = {
  place: 'Nhập tên điểm triển khai, ví dụ “Xã Y Tý” hoặc “Đền Trần”.',
  commune: 'Gõ tên xã, phường (tên hiện nay hoặc tên cũ) rồi chọn trong danh sách gợi ý.',
  point: 'Chọn xã, phường để lấy vị trí, hoặc bấm “Chọn vị trí trên bản đồ” rồi chạm vào nơi triển khai; vị trí phải nằm trong xã đã chọn.',
  teams: 'Ghi số tổ, nhóm bằng chữ số, ví dụ 12; để trống nếu không có.',
  members: 'Ghi số thành viên bằng chữ số, ví dụ 45; để trống nếu không có.',
  province: 'Chọn tỉnh, thành phố ở bước 1; tỉnh phải chứa vị trí đã chọn.',
  leadUnit: 'Ghi đơn vị chủ trì ở bước 1, ví dụ “Công an xã Y Tý”.',
  reviews: 'Xem lại ngày và quyết định sơ kết, tổng kết ở bước 4: ngày không được sau hôm nay, và cần chọn quyết định.',
};

export interface RegistrationCheck {
  record: DeploymentInput;
  /** One message per field, in the form's order. */
  errors: RegistrationError[];
}

/** The record and what stands in its way, in plain words, one message per field. */
export function checkRegistration(
  state: WorkflowState,
  today: string,
  refs: { models: Map<string, Model>; provinces: Map<string, Province> },
): RegistrationCheck {
  const record = buildDeployment(state, today);
  const r = state.registration;
  const fields = new Set<RegistrationField>();
  if (!r.place.trim() && !state.profile.name.trim()) fields.add('place');
  if (!r.communeName.trim()) fields.add('commune');
  if (parseDecimal(r.lat) === undefined || parseDecimal(r.lon) === undefined) fields.add('point');
  if (r.teams.trim() && parsePositiveInt(r.teams) === undefined) fields.add('teams');
  if (r.members.trim() && parsePositiveInt(r.members) === undefined) fields.add('members');
  if (!state.profile.province) fields.add('province');
  if (!state.profile.leadUnit.trim()) fields.add('leadUnit');
  const problems: Problem[] = validateDeployment(record, refs, today);
  const unplaced: string[] = [];
  for (const p of problems) {
    const f = fieldOf(p.field);
    if (f) fields.add(f);
    else unplaced.push(p.message);
  }
  const order: RegistrationField[] = ['place', 'commune', 'point', 'teams', 'members', 'province', 'leadUnit', 'reviews'];
  const errors = order.filter((f) => fields.has(f)).map((f) => ({ field: f, target: TARGET[f], message: PLAIN[f] }));
  // A problem no field explains still blocks the record, in the check's own words.
  if (unplaced.length && errors.length === 0)
    errors.push({ field: 'place', target: TARGET.place, message: `Bản ghi chưa hợp lệ: ${unplaced.join('; ')}.` });
  return { record, errors };
}

/** The "Phiếu đăng ký điểm nhân rộng", from the same record the maintainers receive. */
export function registrationDocument(
  state: WorkflowState,
  record: DeploymentInput,
  modelTitle: string,
  province: string,
  today: string,
): OfficialDocument {
  const p = state.profile;
  const issuer = (state.plan.issuer.trim() || p.leadUnit.trim() || p.name.trim()).toUpperCase();
  const reviews = REVIEW_TYPES.keys
    .map((t) => ({ t, r: state.reviews[t] }))
    .filter(({ r }) => r.date || r.decision)
    .map(
      ({ t, r }) =>
        `${t === 'so-ket' ? 'Sơ kết' : 'Tổng kết'}${r.date ? ` ngày ${formatDate(r.date)}` : ''}${r.decision ? `: ${DECISIONS.label(r.decision).toLowerCase()}` : ''}`,
    );
  const rows: [string, string][] = [
    ['Mô hình', modelTitle],
    ['Điểm triển khai', record.place],
    ['Phạm vi', SCOPES.label(record.scope)],
    ['Loại địa bàn', p.unitType ? UNIT_TYPES.label(p.unitType) : ''],
    ['Xã, phường hiện nay', record.commune?.name ?? ''],
    [
      'Tên trước 1/7/2025',
      state.registration.formerName
        .split(';')
        .map((x) => x.trim())
        .filter(Boolean)
        .join('; '),
    ],
    ['Tỉnh, thành phố', province],
    ['Đơn vị chủ trì', p.leadUnit.trim()],
    ['Bắt đầu từ', record.started ? formatDate(String(record.started)) : ''],
    ['Tình trạng', record.status ? STATUSES.label(record.status) : ''],
    ['Số tổ, nhóm', record.teams !== undefined ? String(record.teams) : ''],
    ['Số thành viên', record.members !== undefined ? String(record.members) : ''],
    ['Kinh phí dự kiến', p.budget.trim() ? `${p.budget.trim()}${p.funding ? ` (${FUNDING.label(p.funding).toLowerCase()})` : ''}` : ''],
    ['Sơ kết, tổng kết', reviews.join('; ')],
    ['Vị trí', `${record.coordinates.lat}, ${record.coordinates.lon}`],
    ['Ghi chú', state.registration.notes.trim()],
  ];
  return {
    language: 'vi-VN',
    fileTitle: `Phiếu đăng ký điểm nhân rộng: ${record.place}`,
    header: {
      parentBody: '',
      issuer,
      number: `Số: …/${documentCode('PĐK', issuer)}`,
      placeDate: placeDateLine(placeForDate(p.name || record.place), today, today.slice(0, 4)),
    },
    title: 'PHIẾU ĐĂNG KÝ ĐIỂM NHÂN RỘNG',
    subject: `Mô hình “${modelTitle}” tại ${inRunningText(record.place)}`,
    basis: [],
    body: [
      {
        kind: 'table',
        caption: 'Thông tin đăng ký',
        columns: [
          { title: 'Nội dung', width: 0.35 },
          { title: 'Thông tin', width: 0.65 },
        ],
        rows: rows.filter(([, v]) => v).map(([k, v]) => [k, v]),
      },
    ],
    closing: {
      recipients: ['Ban quản trị trang Mô hình tiêu biểu;', 'Lưu: VT.'],
      signers: [{ onBehalf: '', title: 'ĐƠN VỊ ĐĂNG KÝ', name: state.plan.signerName.trim() }],
    },
  };
}

/** A mailto: link to the site's mailbox, with the slip's text and the record pasted in the body. */
export function registrationMail(mailbox: string, record: DeploymentInput, slipText: string): string {
  const subject = `Đăng ký điểm nhân rộng: ${record.place}`;
  const body = `${slipText}\n\n--- Bản ghi cho người quản trị (không sửa) ---\n${deploymentYaml(record)}`;
  return `mailto:${mailbox}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
