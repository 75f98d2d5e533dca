package io.terrain.platform.web;

import io.terrain.platform.api.Page;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A PrimeFaces lazy table model over any paged query: the table asks for one page at a time and
 * never holds the whole list. Filters live in the view bean that the loader reads.
 */
public class PagedModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    @FunctionalInterface
    public interface Loader<T> extends Serializable {
        Page<T> load(int offset, int limit, String sortField, boolean descending);
    }

    public interface Key<T> extends Function<T, String>, Serializable {
    }

    private final Loader<T> loader;
    private final Key<T> key;
    private transient List<T> current = List.of();

    public PagedModel(Loader<T> loader, Key<T> key) {
        this.loader = loader;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) loader.load(0, 1, null, false).total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy == null ? null : sortBy.values().stream().findFirst().orElse(null);
        Page<T> page = loader.load(first, pageSize, sort == null ? null : sort.getField(),
                sort != null && sort.getOrder() == SortOrder.DESCENDING);
        setRowCount((int) page.total());
        current = page.items();
        return current;
    }

    @Override
    public String getRowKey(T row) {
        return key.apply(row);
    }

    @Override
    public T getRowData(String rowKey) {
        return current == null ? null : current.stream().filter(r -> key.apply(r).equals(rowKey)).findFirst().orElse(null);
    }
}
