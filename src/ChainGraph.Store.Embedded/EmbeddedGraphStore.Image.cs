namespace ChainGraph.Store.Embedded;

/// <summary>The graph image written after a small write (<see cref="ImageLater"/>).</summary>
public sealed partial class EmbeddedGraphStore
{
    /// <summary>The data version whose graph image is known to be in the file (written by this store).</summary>
    private long _imageVersion = -1;

    /// <summary>
    /// Waits until the graph image of every write so far is in the file (a small write into a large store commits its
    /// rows first and its image after).
    /// </summary>
    public void FlushImage() => _imageLater.Flush();

    /// <summary>
    /// Makes the image of the current snapshot (off the write lock) and writes it when no later write has been committed
    /// meanwhile, by this store or another process. A failure is logged, not thrown (whatever it is: nobody waits for this
    /// work but a flush or the store's closing): the image is a cache of the rows, and the next open makes a new one.
    /// </summary>
    internal void WriteImageOfCurrent()
    {
        long version = -1;
        try
        {
            Snapshot.GraphSnapshot snapshot;
            _writeLock.Wait();
            try
            {
                (snapshot, version) = (_snapshot, _version);
            }
            finally
            {
                _writeLock.Release();
            }
            if (Interlocked.Read(ref _imageVersion) == version)
            {
                return;
            }
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var image = Sqlite.GraphImage.Write(snapshot);
            _writeLock.Wait();
            try
            {
                if (_version == version && _file.WriteImageIfAt(image, version, out var checksum))
                {
                    Interlocked.Exchange(ref _imageVersion, version);
                    (_imageChecksum, _indexesOf) = (checksum, null);
                    Log.ImageWrittenLater(_logger, version, clock.ElapsedMilliseconds);
                }
            }
            finally
            {
                _writeLock.Release();
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Log.ImageLaterFailed(_logger, version, e.GetType().Name, e.Message);
        }
    }

    /// <summary>The checksum of the graph image of the current write in the file, when this store read or wrote it; else null.</summary>
    private string? _imageChecksum;

    /// <summary>The checksum of the graph image whose index image this store read or wrote (null: none known to be in the file).</summary>
    private string? _indexesOf;

    /// <summary>
    /// Whether an index image should follow the graph image of <paramref name="snapshot"/>: a store that builds its indexes
    /// at once, of at least <see cref="ImageLater.FromCompanies"/> companies (a smaller one builds them in a few hundred
    /// milliseconds), in a file it can write.
    /// </summary>
    private bool WantsIndexImage(Snapshot.GraphSnapshot snapshot) =>
        !_deferIndexes && !_file.IsReadOnly && snapshot.Companies.Length >= ImageLater.FromCompanies;

    /// <summary>
    /// After the rows were read (opening, or another process's write): notes the graph image read, and asks for its index
    /// image when the indexes were built rather than read.
    /// </summary>
    private void AfterLoad(Snapshot.GraphSnapshot snapshot, string? imageChecksum)
    {
        if (imageChecksum is not null)
        {
            // the file's graph image is of the rows just read: the worker asked for below writes only the index image
            Interlocked.Exchange(ref _imageVersion, _version);
        }
        _imageChecksum = imageChecksum;
        _indexesOf = snapshot.IndexesFromImage ? imageChecksum : null;
        if (imageChecksum is not null && !snapshot.IndexesFromImage && WantsIndexImage(snapshot))
        {
            _imageLater.Ask();
        }
    }

    /// <summary>
    /// After a write committed with its graph image (whose checksum is <paramref name="imageChecksum"/>; null when it had
    /// none): the index image of the new snapshot follows, when wanted.
    /// </summary>
    private void AfterImage(Snapshot.GraphSnapshot snapshot, string? imageChecksum)
    {
        (_imageChecksum, _indexesOf) = (imageChecksum, null);
        if (imageChecksum is not null && WantsIndexImage(snapshot))
        {
            _imageLater.Ask();
        }
    }

    /// <summary>
    /// Writes the index image of the current snapshot (off the write lock) beside the graph image in the file, when that
    /// graph image is the one this store read or wrote for the current write and has no index image yet; a later write,
    /// or another process's image, meanwhile leaves it unwritten. Like the graph image it is a cache: a failure is logged.
    /// </summary>
    internal void WriteIndexImageOfCurrent() => WriteIndexImageOf(asked: false);

    /// <summary>
    /// Builds the current snapshot's indexes, when a store opened with <see cref="IndexTiming.WhenAsked"/> has not, and
    /// writes their image beside the graph image in the file, at once and whatever the store's size, so that the next
    /// open reads the indexes instead of building them: what the command-line import does for a large store, whose
    /// first start in the service is then as fast as every later one. False when nothing was written: the file's graph
    /// image is not of the current write (a small write's image follows it later), its index image is there already,
    /// the store is read-only, or writing failed (logged: the image is a cache, and the next open builds the indexes).
    /// </summary>
    public bool WriteIndexImage()
    {
        _imageLater.Flush();
        return WriteIndexImageOf(asked: true);
    }

    /// <summary>
    /// Writes the index image as <see cref="WriteIndexImageOfCurrent"/> does; when <paramref name="asked"/> for it, for any
    /// store that can write (not only a large one that builds its indexes at once).
    /// </summary>
    private bool WriteIndexImageOf(bool asked)
    {
        long version = -1;
        try
        {
            Snapshot.GraphSnapshot snapshot;
            string? checksum;
            _writeLock.Wait();
            try
            {
                (snapshot, version, checksum) = (_snapshot, _version, _imageChecksum);
                if (checksum is null || _indexesOf == checksum || (asked ? _file.IsReadOnly : !WantsIndexImage(snapshot)))
                {
                    return false;
                }
            }
            finally
            {
                _writeLock.Release();
            }
            var clock = System.Diagnostics.Stopwatch.StartNew();
            if (snapshot.EnsureIndexed().WriteIndexImage() is not { } indexes)
            {
                return false;
            }
            _writeLock.Wait();
            try
            {
                if (_version == version && _imageChecksum == checksum && _file.WriteIndexImageIf(indexes, version, checksum))
                {
                    _indexesOf = checksum;
                    Log.IndexImageWritten(_logger, version, indexes.Length, clock.ElapsedMilliseconds);
                    return true;
                }
                return false;
            }
            finally
            {
                _writeLock.Release();
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Log.IndexImageFailed(_logger, version, e.GetType().Name, e.Message);
            return false;
        }
    }
}
