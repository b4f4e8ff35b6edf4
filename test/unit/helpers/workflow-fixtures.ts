/** Synthetic records for the workflow tests (never real content). */
import { modelSchema, type Model } from '../../../src/schema/model.ts';
import { provinceSchema, type Province } from '../../../src/schema/province.ts';
import { localityProfileSchema, type LocalityProfile } from '../../../src/schema/workflow.ts';

export const richModel: Model = modelSchema.parse({
  title: 'Mô hình camera kiểm thử',
  summary: 'Lắp camera giám sát ở khu dân cư để phòng ngừa trộm cắp.',
  field: 'camera-cong-nghe',
  tags: ['camera'],
  unitTypes: ['khu-dan-cu', 'xa'],
  settingTraits: ['nong-thon'],
  leadBodies: ['cong-an'],
  partners: ['mttq'],
  problem: 'Trộm cắp tài sản ban đêm tại khu dân cư, khó phát hiện đối tượng.',
  coreComponents: ['Camera lắp tại các trục đường chính', 'Tổ giám sát trực theo ca'],
  resources: {
    startupCost: { min: 5_000_000, max: 10_000_000, per: 'mắt camera', source: 'nguon' },
    people: [],
    equipment: [],
    funding: 'xa-hoi-hoa',
  },
  replication: {
    prerequisites: ['Có sự đồng thuận của người dân', 'Có điểm đặt màn hình giám sát'],
    capacities: ['camera', 'internet'],
    steps: [
      { title: 'Khảo sát vị trí lắp camera', owner: 'cong-an', weeks: 2, outputs: ['Sơ đồ vị trí'] },
      { title: 'Vận động kinh phí', owner: 'mttq', outputs: [] },
      { title: 'Lắp đặt và vận hành', owner: 'cong-an', outputs: ['Hệ thống hoạt động'] },
    ],
    indicators: [
      { id: 'so-vu-trom', name: 'Số vụ trộm cắp', unit: 'vụ', direction: 'giam' },
      { id: 'so-camera', name: 'Số mắt camera', unit: 'mắt', direction: 'tang' },
    ],
    pitfalls: ['Lắp xong không ai theo dõi'],
  },
  problems: ['trom-cap-tai-san'],
  evidence: {
    recognition: [{ kind: 'duoc-khen-thuong', source: 'nguon' }],
    effect: { prevention: 'so-lieu-truoc-sau', detection: 'so-lieu-hoat-dong' },
    claims: [],
  },
  sources: [{ id: 'nguon', title: 'Nguồn kiểm thử', publisher: 'Kiểm thử', date: '2023-07-24' }],
  updated: '2024-01-01',
});

export const bareModel: Model = modelSchema.parse({
  title: 'Mô hình tối giản',
  summary: 'Tóm tắt.',
  field: 'tu-quan',
  unitTypes: ['di-tich'],
  leadBodies: ['ban-quan-ly-di-tich'],
  problem: 'Mất trật tự tại di tích.',
  problems: ['mau-thuan'],
  evidence: {
    recognition: [{ kind: 'dia-phuong-bao-cao', source: 'nguon' }],
    effect: { prevention: 'chua-co-so-lieu', detection: 'chua-co-so-lieu' },
  },
  sources: [{ id: 'nguon', title: 'Nguồn', publisher: 'Kiểm thử', date: '2023-07-24' }],
  updated: '2024-01-01',
});

export const hungYen: Province = provinceSchema.parse({
  id: 'hung-yen',
  code: '33',
  name: 'Hưng Yên',
  fullName: 'Tỉnh Hưng Yên',
  type: 'Tỉnh',
  label: { lat: 20.65, lon: 106.18 },
  bounds: { south: 20.28, west: 105.88, north: 21.02, east: 106.64 },
  formerProvinces: ['Tỉnh Thái Bình'],
});
export const haNoi: Province = provinceSchema.parse({
  id: 'ha-noi',
  code: '01',
  name: 'Hà Nội',
  fullName: 'Thành phố Hà Nội',
  type: 'Thành phố',
  label: { lat: 21.01, lon: 105.72 },
  bounds: { south: 20.56, west: 105.28, north: 21.39, east: 106.03 },
  formerProvinces: ['Thành phố Hà Nội'],
});

export function profile(p: Partial<LocalityProfile> = {}): LocalityProfile {
  return localityProfileSchema.parse(p);
}
