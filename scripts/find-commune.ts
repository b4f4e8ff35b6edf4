/**
 * npm run find:commune -- "<tên hiện nay hoặc tên cũ, có dấu hay không dấu, hoặc mã xã>"
 * Prints today's communes that match, best first: code, today's name, province, and the former
 * names (before 1/7/2025) that matched. Exit code 1 when nothing matches.
 */
import { placeFinder } from '../src/lib/geo/place-finder.ts';
import { describeMatch } from '../src/lib/geo/place-text.ts';
import { adminCommunes, adminProvinces } from '../tools/admin-data.ts';

const query = process.argv
  .slice(2)
  .filter((a) => a !== '--')
  .join(' ');
if (!query.trim()) {
  console.error('Cách dùng: npm run find:commune -- "xã Tiến Đức, huyện Hưng Hà"');
  process.exit(2);
}
const result = placeFinder(adminCommunes(), adminProvinces()).find(query, { limit: 30 });
if (result.status === 'none') {
  console.error(`Không tìm thấy đơn vị nào khớp "${query}".`);
  if (result.suggestions.length > 0) console.error(`Có phải: ${result.suggestions.join('; ')}?`);
  process.exit(1);
}
if (result.status === 'ambiguous')
  console.log(
    `Có ${result.matches.filter((m) => m.score === result.matches[0]!.score).length} đơn vị cùng khớp "${query}"; thêm tên huyện, tỉnh cũ hoặc dùng mã để chọn một:`,
  );
for (const m of result.matches) console.log(describeMatch(m));
